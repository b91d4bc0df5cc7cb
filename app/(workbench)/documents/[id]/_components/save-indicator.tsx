'use client';
// "Saving… / All changes saved / Offline — N unsaved", announced politely to screen readers.
import { useTranslations } from 'next-intl';
import type { EditorStore } from './editor-store';
import { useSaveStatus } from './use-store';

export function SaveIndicator({ store }: { store: EditorStore }) {
  const t = useTranslations('editor');
  const s = useSaveStatus(store);
  const text =
    s.kind === 'saved'
      ? t('saved')
      : s.kind === 'saving'
        ? t('saving')
        : s.kind === 'offline'
          ? t('offline', { count: s.pending })
          : t('unsavedCount', { count: s.pending });
  return (
    <span
      className={`save-status save-${s.kind}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-kind={s.kind}
      title={text}
    >
      {text}
    </span>
  );
}
