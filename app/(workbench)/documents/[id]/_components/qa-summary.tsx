'use client';
// QA counts for the whole document in the editor header, refreshed a moment after changes.
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

export function QaSummary({ documentId, revision }: { documentId: string; revision: number }) {
  const t = useTranslations('editorQa');
  const locale = useLocale();
  const [counts, setCounts] = useState<{ errors: number; warnings: number } | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      fetch(`/api/v1/documents/${documentId}/qa?lang=${locale === 'ko' ? 'ko' : 'en'}`)
        .then((r) => (r.ok ? r.json() : null))
        .then((d) => d && setCounts(d.counts))
        .catch(() => {});
    }, 1500);
    return () => clearTimeout(timer);
  }, [documentId, revision, locale]);
  if (!counts) return null;
  return (
    <span className="qa-summary" data-testid="qa-summary">
      {t('summary', { errors: counts.errors, warnings: counts.warnings })}
    </span>
  );
}
