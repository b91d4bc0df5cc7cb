'use client';
// The list's column header (#, source, target, status), one for the editor's list and its
// server-rendered first screen, so the box does not move at the hand-over.
import { useTranslations } from 'next-intl';

export function SegHeader() {
  const t = useTranslations('editor');
  return (
    <div className="seg-header" aria-hidden="true">
      <span>#</span>
      <span>{t('source')}</span>
      <span>{t('target')}</span>
      <span>{t('status')}</span>
    </div>
  );
}
