'use client';
// The pieces of an AnnotationThread: the author's comment editor, the replies, the status row and
// the reply form (with @mentions). State and requests stay in AnnotationThread.
import { useTranslations } from 'next-intl';
import type { AnnotationStatus } from '@/lib/review/mqm';
import type { TAnnotation, TPerson } from '@/lib/review/types';
import { MentionField } from './mention-field';

const STATUSES: AnnotationStatus[] = ['open', 'resolved', 'wontfix'];

export function ThreadCommentForm(props: {
  comment: string;
  onCommentChange: (comment: string) => void;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations('review');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <label className="block">
        {t('comment')}
        <textarea value={props.comment} onChange={(e) => props.onCommentChange(e.target.value)} rows={3} />
      </label>
      <div className="row">
        <button type="submit" disabled={props.busy}>
          {t('save')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

export function ThreadReplies({ replies, when }: { replies: TAnnotation['replies']; when: (iso: string) => string }) {
  return (
    <ol className="replies">
      {replies.map((r) => (
        <li key={r.id} data-testid="annotation-reply">
          <span className="muted small">
            {r.author.name} · {when(r.createdAt)}
          </span>
          <p>{r.body}</p>
        </li>
      ))}
    </ol>
  );
}

export function ThreadStatus(props: {
  a: TAnnotation;
  when: (iso: string) => string;
  busy: boolean;
  canEdit: boolean;
  onStatus: (s: AnnotationStatus) => void;
  onEdit: () => void;
}) {
  const t = useTranslations('review');
  const { a, when } = props;
  return (
    <div className="row small" role="group" aria-label={t('status')}>
      <span>
        {t(`status_${a.status}`)}
        {a.statusBy && a.statusAt ? ` · ${a.statusBy.name} · ${when(a.statusAt)}` : ''}
      </span>
      {STATUSES.filter((s) => s !== a.status).map((s) => (
        <button key={s} type="button" className="secondary small" disabled={props.busy} onClick={() => props.onStatus(s)}>
          {t(`set_${s}`)}
        </button>
      ))}
      {props.canEdit && (
        <button type="button" className="secondary small" onClick={props.onEdit}>
          {t('edit')}
        </button>
      )}
    </div>
  );
}

export function ThreadReplyForm(props: {
  reply: string;
  onReplyChange: (reply: string) => void;
  members: (TPerson & { role: string })[];
  busy: boolean;
  onSubmit: () => void;
}) {
  const t = useTranslations('review');
  return (
    <form
      className="reply-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <label className="block">
        <span className="sr-only">{t('reply')}</span>
        <MentionField
          value={props.reply}
          onValueChange={props.onReplyChange}
          members={props.members}
          placeholder={t('replyPlaceholder')}
          aria-label={t('reply')}
        />
      </label>
      <button type="submit" className="small" disabled={props.busy || !props.reply.trim()}>
        {t('send')}
      </button>
    </form>
  );
}
