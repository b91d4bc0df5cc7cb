'use client';
// One annotation in AnnotationPanel's list: its quote (picks it in the editor), MQM badges, author,
// comment (the author edits it), replies, status buttons and the reply form. User text is rendered
// as text, never HTML.
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { categoryMessageKey } from '@/lib/review/mqm';
import type { TAnnotation, TPerson } from '@/lib/review/types';
import { ThreadCommentForm, ThreadReplies, ThreadReplyForm, ThreadStatus } from './annotation-thread-parts';
import { reviewApi } from './review-api';
import { useBusyRun } from './use-busy-run';
import { DATE_TIME_SHORT } from '@/lib/ui/i18n/date-time';

export function AnnotationThread({
  a,
  members,
  currentUserId,
  active,
  onActivate,
  onChange,
}: {
  a: TAnnotation;
  members: (TPerson & { role: string })[];
  currentUserId: string;
  active: boolean;
  onActivate?: (id: string | null) => void;
  onChange: (a: TAnnotation) => void;
}) {
  const t = useTranslations('review');
  const format = useFormatter();
  const [reply, setReply] = useState('');
  const [editing, setEditing] = useState(false);
  const [comment, setComment] = useState(a.comment);
  const { busy, error, run } = useBusyRun();
  const when = (iso: string) => format.dateTime(new Date(iso), DATE_TIME_SHORT);

  return (
    <li
      className={`thread sev-${a.severity} st-${a.status}${active ? ' active' : ''}${a.detached ? ' detached' : ''}`}
      data-annotation-id={a.id}
      data-testid="annotation-thread"
    >
      <button type="button" className="linkish quote" onClick={() => onActivate?.(active ? null : a.id)} aria-pressed={active}>
        <q lang={a.side === 'source' ? 'en' : 'ko'}>{a.quote}</q>
      </button>
      <div className="row small">
        <span className={`badge sev-${a.severity}`}>{t(`severity_${a.severity}`)}</span>
        <span className="badge">{t(`category_${categoryMessageKey(a.category)}`)}</span>
        {a.side === 'source' && <span className="badge">{t('onSource')}</span>}
        {a.detached && (
          <span className="badge detached" title={t('detachedHelp')}>
            {t('detached')}
          </span>
        )}
      </div>
      <p className="muted small">
        {a.author.name} · {when(a.createdAt)}
      </p>
      {editing ? (
        <ThreadCommentForm
          comment={comment}
          onCommentChange={setComment}
          busy={busy}
          onSubmit={() =>
            void run(async () => {
              onChange(await reviewApi.update(a.id, { comment }));
              setEditing(false);
            })
          }
          onCancel={() => setEditing(false)}
        />
      ) : (
        a.comment && (
          <p className="comment" data-testid="annotation-comment">
            {a.comment}
          </p>
        )
      )}
      {a.mentions.length > 0 && <p className="muted small">{t('mentions', { names: a.mentions.map((m) => m.name).join(', ') })}</p>}
      {a.replies.length > 0 && <ThreadReplies replies={a.replies} when={when} />}
      <ThreadStatus
        a={a}
        when={when}
        busy={busy}
        canEdit={a.author.id === currentUserId && !editing}
        onStatus={(s) => void run(async () => onChange(await reviewApi.update(a.id, { status: s })))}
        onEdit={() => {
          setComment(a.comment);
          setEditing(true);
        }}
      />
      <ThreadReplyForm
        reply={reply}
        onReplyChange={setReply}
        members={members}
        busy={busy}
        onSubmit={() => {
          if (!reply.trim()) return;
          void run(async () => {
            const r = await reviewApi.reply(a.id, reply);
            onChange({ ...a, replies: [...a.replies, r] });
            setReply('');
          });
        }}
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </li>
  );
}
