'use client';
// QA counts for the whole document in the editor header (loaded with the filter flags, use-flags.ts).
// Below 1,280 px the words give way to two icons with their counts (editor.css); the words stay
// for screen readers and as the tooltip.
import { CircleX, TriangleAlert } from 'lucide-react';
import { useTranslations } from 'next-intl';

export function QaSummary({ counts }: { counts: { errors: number; warnings: number } | null }) {
  const t = useTranslations('editorQa');
  if (!counts) return null;
  const words = t('summary', { errors: counts.errors, warnings: counts.warnings });
  return (
    <span className="qa-summary" data-testid="qa-summary" title={words}>
      <span className="qa-summary-words">{words}</span>
      <span className="qa-summary-icons" aria-hidden="true">
        QA <CircleX size={13} /> {counts.errors} <TriangleAlert size={13} /> {counts.warnings}
      </span>
    </span>
  );
}
