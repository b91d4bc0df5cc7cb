'use client';
// The text of a reader note being written or edited: a textarea with Save and Cancel (Escape
// cancels). User text stays text.
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

export function NoteTextForm({
  label,
  text,
  onText,
  onSave,
  onCancel,
  autoFocus,
  children,
}: {
  label?: string;
  text: string;
  onText: (text: string) => void;
  onSave: () => void;
  onCancel: () => void;
  autoFocus?: boolean;
  /** Shown above the text (the words the note is on). */
  children?: ReactNode;
}) {
  const t = useTranslations('readerNotes');
  return (
    <form
      className="note-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      {children}
      <label className="block">
        {t('text')}
        <textarea autoFocus={autoFocus} rows={3} maxLength={10_000} value={text} onChange={(e) => onText(e.target.value)} />
      </label>
      <div className="row">
        <button type="submit" disabled={!text.trim()}>
          {t('save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
