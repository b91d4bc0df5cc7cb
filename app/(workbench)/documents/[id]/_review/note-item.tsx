'use client';
// One reader note in the panel: its number (as the rows show it), its words, approval, text and
// author; the author edits, a reviewer or owner approves, the author or the owner deletes.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { TNote } from '@/lib/review/types';
import { notesApi, type RunNote } from './notes-api';
import { NoteTextForm } from './note-text-form';

type Role = 'OWNER' | 'TRANSLATOR' | 'REVIEWER';

export function NoteItem(props: {
  note: TNote;
  /** Its number in the document's reading order, when the rows know it. */
  number?: number;
  role: Role;
  userId: string;
  onChange: (n: TNote) => void;
  onDelete: () => void;
  run: RunNote;
}) {
  const { note, role, onChange, run } = props;
  const t = useTranslations('readerNotes');
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.comment);
  const mine = note.author.id === props.userId;
  const save = () =>
    void run(async () => {
      onChange(await notesApi.update(note.id, text));
      setEditing(false);
    });
  return (
    <li
      className={`thread note-thread${note.approved ? ' approved' : ''}${note.detached ? ' detached' : ''}`}
      data-testid="note-item"
      data-note-id={note.id}
      tabIndex={-1}
    >
      {props.number !== undefined && <span className="note-number">{props.number}</span>}
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
        <NoteTextForm text={text} onText={setText} onSave={save} onCancel={() => setEditing(false)} />
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
                props.onDelete();
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
