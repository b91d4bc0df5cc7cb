'use client';
// Reader notes of the active segment, apart from the review comments: a gloss or translator's note
// on a selection (translators and owners write them), listed with their number, words, text, author
// and whether they are approved for publishing. A note picked in the text (its dotted underline,
// clicked or Enter) is focused here. User text is rendered as text, never HTML.
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { usePickedNote, useRowOverlay, type RowOverlays } from '../_components/row-overlays';
import type { AnnotationSelection } from './annotation-form';
import { NoteItem } from './note-item';
import { NoteTextForm } from './note-text-form';
import { notesApi } from './notes-api';
import { useNotes } from './use-notes';

type Role = 'OWNER' | 'TRANSLATOR' | 'REVIEWER';

export function NotesPanel(props: {
  segmentId: string;
  version: number;
  role: Role;
  userId: string;
  overlays: RowOverlays;
  pickSelection: () => AnnotationSelection | null;
}) {
  const { segmentId, overlays } = props;
  const t = useTranslations('readerNotes');
  const { notes, error, run, replace, remove } = useNotes(segmentId, props.version, () => overlays.touchLocal());
  const [draft, setDraft] = useState<{ selection: AnnotationSelection; text: string } | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const numbers = new Map(useRowOverlay(overlays, segmentId).notes.map((n) => [n.id, n.number]));
  const picked = usePickedNote(overlays);
  useEffect(() => {
    if (!picked || picked.segmentId !== segmentId) return;
    const el = document.querySelector<HTMLElement>(`.notes-panel [data-note-id="${CSS.escape(picked.id)}"]`);
    el?.scrollIntoView({ block: 'nearest' });
    if (picked.focus) el?.focus({ preventScroll: true });
  }, [picked, segmentId, notes]);

  const create = () =>
    void run(async () => {
      const { side, start, end } = draft!.selection;
      replace(await notesApi.create(segmentId, { side, start, end, comment: draft!.text }));
      setDraft(null);
    });
  return (
    <div className="notes-panel" data-testid="notes-panel">
      {props.role !== 'REVIEWER' && !draft && (
        <button
          type="button"
          className="secondary small"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            const sel = props.pickSelection();
            setHint(sel ? null : t('selectFirst'));
            if (sel) setDraft({ selection: sel, text: '' });
          }}
        >
          {t('add')}
        </button>
      )}
      {hint && (
        <p className="muted small" role="status">
          {hint}
        </p>
      )}
      {draft && (
        <NoteTextForm
          label={t('formTitle')}
          text={draft.text}
          onText={(text) => setDraft({ ...draft, text })}
          onSave={create}
          onCancel={() => setDraft(null)}
          autoFocus
        >
          <p className="muted small">
            {t('on')}: <q lang={draft.selection.side === 'source' ? 'en' : 'ko'}>{draft.selection.quote}</q>
          </p>
        </NoteTextForm>
      )}
      {notes && notes.length === 0 && !draft && <p className="muted small">{t('none')}</p>}
      {notes && notes.length > 0 && (
        <ol className="threads note-threads">
          {notes.map((n) => (
            <NoteItem
              key={n.id}
              note={n}
              number={numbers.get(n.id)}
              role={props.role}
              userId={props.userId}
              onChange={replace}
              onDelete={() => remove(n.id)}
              run={run}
            />
          ))}
        </ol>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
