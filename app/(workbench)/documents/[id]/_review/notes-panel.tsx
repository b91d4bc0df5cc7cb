'use client';
// Reader notes of the active segment, apart from the review comments: a gloss or translator's note
// on a selection (translators and owners write them), listed with their words, text, author and
// whether they are approved for publishing; the author edits or deletes, a reviewer or owner
// approves (an owner's note is approved as written). User text is rendered as text, never HTML.
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { api } from '@/app/_components/api';
import type { TNote } from '@/lib/review/types';
import type { AnnotationSelection } from './annotation-form';
import { reviewApi } from './review-api';

type Role = 'OWNER' | 'TRANSLATOR' | 'REVIEWER';

const notesApi = {
  create: (segmentId: string, body: { side: 'source' | 'target'; start: number; end: number; comment: string }) =>
    api<TNote>(`/api/v1/segments/${segmentId}/annotations`, { body: { kind: 'note', ...body } }),
  update: (id: string, comment: string) => api<TNote>(`/api/v1/annotations/${id}`, { method: 'PATCH', body: { comment } }),
  approve: (id: string) => api<TNote>(`/api/v1/annotations/${id}/approve`, { method: 'POST' }),
  remove: (id: string) => api<{ deleted: true }>(`/api/v1/annotations/${id}`, { method: 'DELETE' }),
};

export function NotesPanel({
  segmentId,
  version,
  role,
  userId,
  pickSelection,
}: {
  segmentId: string;
  version: number;
  role: Role;
  userId: string;
  pickSelection: () => AnnotationSelection | null;
}) {
  const t = useTranslations('readerNotes');
  const [notes, setNotes] = useState<TNote[] | null>(null);
  const [draft, setDraft] = useState<{ selection: AnnotationSelection; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const writes = role !== 'REVIEWER';

  const load = useCallback(async () => {
    try {
      setNotes((await reviewApi.list(segmentId)).notes ?? []);
    } catch (err) {
      setError((err as Error).message);
    }
  }, [segmentId]);
  useEffect(() => {
    void load();
  }, [load, version]);

  const run = async (fn: () => Promise<void>) => {
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const replace = (n: TNote) =>
    setNotes((list) => ((list ?? []).some((x) => x.id === n.id) ? (list ?? []).map((x) => (x.id === n.id ? n : x)) : [...(list ?? []), n]));

  return (
    <div className="notes-panel" data-testid="notes-panel">
      {writes && !draft && (
        <button
          type="button"
          className="secondary small"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            const sel = pickSelection();
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
        <form
          className="note-form"
          aria-label={t('formTitle')}
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              const { side, start, end } = draft.selection;
              replace(await notesApi.create(segmentId, { side, start, end, comment: draft.text }));
              setDraft(null);
            });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              setDraft(null);
            }
          }}
        >
          <p className="muted small">
            {t('on')}: <q lang={draft.selection.side === 'source' ? 'en' : 'ko'}>{draft.selection.quote}</q>
          </p>
          <label className="block">
            {t('text')}
            {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
            <textarea
              autoFocus
              rows={3}
              maxLength={10_000}
              value={draft.text}
              onChange={(e) => setDraft({ ...draft, text: e.target.value })}
            />
          </label>
          <div className="row">
            <button type="submit" disabled={!draft.text.trim()}>
              {t('save')}
            </button>
            <button type="button" className="secondary" onClick={() => setDraft(null)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      {notes && notes.length === 0 && !draft && <p className="muted small">{t('none')}</p>}
      {notes && notes.length > 0 && (
        <ol className="threads note-threads">
          {notes.map((n) => (
            <NoteItem
              key={n.id}
              note={n}
              role={role}
              userId={userId}
              onChange={replace}
              onDelete={() => setNotes((list) => (list ?? []).filter((x) => x.id !== n.id))}
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

function NoteItem({
  note,
  role,
  userId,
  onChange,
  onDelete,
  run,
}: {
  note: TNote;
  role: Role;
  userId: string;
  onChange: (n: TNote) => void;
  onDelete: () => void;
  run: (fn: () => Promise<void>) => Promise<void>;
}) {
  const t = useTranslations('readerNotes');
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.comment);
  const mine = note.author.id === userId;
  return (
    <li
      className={`thread note-thread${note.approved ? ' approved' : ''}${note.detached ? ' detached' : ''}`}
      data-testid="note-item"
      data-note-id={note.id}
    >
      <q lang={note.side === 'source' ? 'en' : 'ko'}>{note.quote}</q>
      <div className="row small">
        <span className="badge note-badge">{t('badge')}</span>
        <span className={`badge${note.approved ? ' ok' : ''}`}>
          {note.approved ? t('approved', { name: note.approvedBy?.name ?? '—' }) : t('pending')}
        </span>
        {note.detached && (
          <span className="badge detached" title={t('detachedHelp')}>
            {t('detached')}
          </span>
        )}
      </div>
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              onChange(await notesApi.update(note.id, text));
              setEditing(false);
            });
          }}
        >
          <label className="block">
            {t('text')}
            <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <div className="row">
            <button type="submit" disabled={!text.trim()}>
              {t('save')}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <p className="comment" data-testid="note-text">
          {note.comment}
        </p>
      )}
      <p className="muted small">{note.author.name}</p>
      <div className="row small">
        {!note.approved && role !== 'TRANSLATOR' && (
          <button type="button" className="secondary small" onClick={() => void run(async () => onChange(await notesApi.approve(note.id)))}>
            {t('approve')}
          </button>
        )}
        {mine && role !== 'REVIEWER' && !editing && (
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              setText(note.comment);
              setEditing(true);
            }}
          >
            {t('edit')}
          </button>
        )}
        {(mine || role === 'OWNER') && (
          <button
            type="button"
            className="secondary small"
            onClick={() =>
              void run(async () => {
                await notesApi.remove(note.id);
                onDelete();
              })
            }
          >
            {t('delete')}
          </button>
        )}
      </div>
    </li>
  );
}
