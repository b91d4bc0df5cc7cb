'use client';
// A row's last cell: its state (icon and label), unsaved or conflicting edits, origin, word counts,
// who else is on it, and a save error.
import { useTranslations } from 'next-intl';
import { countEojeol } from '@/lib/text/paragraphs';
import type { SegmentEntry } from './editor-store';
import { StateIcon } from './state-icon';

export function RowMeta({ entry, targetText, others }: { entry: SegmentEntry; targetText: string; others?: string }) {
  const t = useTranslations('editor');
  const to = useTranslations('origins');
  const s = entry.server;
  return (
    <div className="seg-meta">
      <StateIcon state={s.state} doNotTranslate={s.doNotTranslate} />
      {entry.pending && (
        <span className="badge unsaved" title={t('unsavedHint')}>
          {t('unsaved')}
        </span>
      )}
      {entry.conflict && <span className="badge conflict">{t('conflict')}</span>}
      {s.origin && <span className="muted origin">{to(s.origin)}</span>}
      <span className="muted words">{t('words', { en: entry.sourceWords, ko: countEojeol(targetText) })}</span>
      {others && (
        <span className="presence-here" title={t('alsoHere')}>
          ● {others}
        </span>
      )}
      {entry.error && (
        <span className="error small" role="alert">
          {entry.error}
        </span>
      )}
    </div>
  );
}
