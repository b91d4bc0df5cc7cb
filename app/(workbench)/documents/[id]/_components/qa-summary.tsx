'use client';
// QA counts for the whole document in the editor header (loaded with the filter flags, use-flags.ts).
import { useTranslations } from 'next-intl';

export function QaSummary({ counts }: { counts: { errors: number; warnings: number } | null }) {
  const t = useTranslations('editorQa');
  if (!counts) return null;
  return (
    <span className="qa-summary" data-testid="qa-summary">
      {t('summary', { errors: counts.errors, warnings: counts.warnings })}
    </span>
  );
}
