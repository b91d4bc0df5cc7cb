'use client';
// The active segment's review threads: the rejection reason (if the segment went back to the
// translator), then each annotation with its quote, MQM category and severity, comment, replies
// (with @mentions of members), and its status (open / resolved / won't fix, with who and when).
// Only the author edits an annotation's text; any member replies or changes the status. When
// `selection` is set, the annotation form opens on it. User text is rendered as text, never HTML.
import { useFormatter, useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { categoryMessageKey, type AnnotationStatus } from '@/lib/review/mqm';
import type { TAnnotation, TPerson, TSegmentAnnotations } from '@/lib/review/types';
import { AnnotationForm, type AnnotationSelection } from './annotation-form';
import { MentionField } from './mention-field';
import { reviewApi } from './review-api';
import { useErrorText } from '@/app/_components/use-error-text';

export interface AnnotationPanelProps {
  segmentId: string;
  /** The segment's version: the list reloads when it changes (a save may move or detach annotations). */
  version: number;
  currentUserId: string;
  /** A selection to annotate; the form opens while it is set. */
  selection?: AnnotationSelection | null;
  /** Called when the form closes (created or cancelled). */
  onSelectionDone?: () => void;
  /** The annotation picked in the list (the editor highlights it: setActiveAnnotation). */
  activeId?: string | null;
  onActivate?: (id: string | null) => void;
  /** Every load or change, with the current list (the editor puts marks with withAnnotationMarks). */
  onAnnotations?: (annotations: TAnnotation[]) => void;
}

const STATUSES: AnnotationStatus[] = ['open', 'resolved', 'wontfix'];

export function AnnotationPanel({
  segmentId,
  version,
  currentUserId,
  selection,
  onSelectionDone,
  activeId,
  onActivate,
  onAnnotations,
}: AnnotationPanelProps) {
  const t = useTranslations('review');
  const errorText = useErrorText();
  const [data, setData] = useState<TSegmentAnnotations | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showClosed, setShowClosed] = useState(true);

  const load = useCallback(async () => {
    try {
      const d = await reviewApi.list(segmentId);
      setData(d);
      setError(null);
      onAnnotations?.(d.annotations);
    } catch (err) {
      setError(errorText(err));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [segmentId]);

  useEffect(() => {
    void load();
  }, [load, version]);

  const replace = (a: TAnnotation) => {
    setData((d) => {
      if (!d) return d;
      const exists = d.annotations.some((x) => x.id === a.id);
      const annotations = exists ? d.annotations.map((x) => (x.id === a.id ? a : x)) : [...d.annotations, a];
      onAnnotations?.(annotations);
      return { ...d, annotations };
    });
  };

  if (error && !data)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!data) return <p className="muted">{t('loading')}</p>;
  const visible = data.annotations.filter((a) => showClosed || a.status === 'open');
  const openCount = data.annotations.filter((a) => a.status === 'open').length;

  return (
    <div className="annotation-panel" data-testid="annotation-panel">
      {data.segment.rejection && (
        <div className="rejection" role="note" data-testid="rejection">
          <strong>{t('rejectedBy', { name: data.segment.rejection.by?.name ?? '—' })}</strong>
          <p>{data.segment.rejection.reason}</p>
        </div>
      )}
      {selection && (
        <AnnotationForm
          members={data.members}
          segmentId={segmentId}
          selection={selection}
          onCreated={(a) => {
            replace(a);
            onActivate?.(a.id);
            onSelectionDone?.();
          }}
          onCancel={() => onSelectionDone?.()}
        />
      )}
      <div className="row small">
        <span className="muted">{t('openCount', { open: openCount, total: data.annotations.length })}</span>
        <label className="muted">
          <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.target.checked)} /> {t('showClosed')}
        </label>
      </div>
      {visible.length === 0 ? (
        <p className="muted">{t('noAnnotations')}</p>
      ) : (
        <ol className="threads">
          {visible.map((a) => (
            <Thread
              key={a.id}
              a={a}
              members={data.members}
              currentUserId={currentUserId}
              active={activeId === a.id}
              onActivate={onActivate}
              onChange={replace}
            />
          ))}
        </ol>
      )}
      <p className="muted small">{t('shortcutHint')}</p>
    </div>
  );
}

function Thread({
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
  const errorText = useErrorText();
  const format = useFormatter();
  const [reply, setReply] = useState('');
  const [editing, setEditing] = useState(false);
  const [comment, setComment] = useState(a.comment);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'short', timeStyle: 'short' });
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

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
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              onChange(await reviewApi.update(a.id, { comment }));
              setEditing(false);
            });
          }}
        >
          <label className="block">
            {t('comment')}
            <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={3} />
          </label>
          <div className="row">
            <button type="submit" disabled={busy}>
              {t('save')}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        a.comment && (
          <p className="comment" data-testid="annotation-comment">
            {a.comment}
          </p>
        )
      )}
      {a.mentions.length > 0 && <p className="muted small">{t('mentions', { names: a.mentions.map((m) => m.name).join(', ') })}</p>}
      {a.replies.length > 0 && (
        <ol className="replies">
          {a.replies.map((r) => (
            <li key={r.id} data-testid="annotation-reply">
              <span className="muted small">
                {r.author.name} · {when(r.createdAt)}
              </span>
              <p>{r.body}</p>
            </li>
          ))}
        </ol>
      )}
      <div className="row small" role="group" aria-label={t('status')}>
        <span>
          {t(`status_${a.status}`)}
          {a.statusBy && a.statusAt ? ` · ${a.statusBy.name} · ${when(a.statusAt)}` : ''}
        </span>
        {STATUSES.filter((s) => s !== a.status).map((s) => (
          <button
            key={s}
            type="button"
            className="secondary small"
            disabled={busy}
            onClick={() => void run(async () => onChange(await reviewApi.update(a.id, { status: s })))}
          >
            {t(`set_${s}`)}
          </button>
        ))}
        {a.author.id === currentUserId && !editing && (
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              setComment(a.comment);
              setEditing(true);
            }}
          >
            {t('edit')}
          </button>
        )}
      </div>
      <form
        className="reply-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!reply.trim()) return;
          void run(async () => {
            const r = await reviewApi.reply(a.id, reply);
            onChange({ ...a, replies: [...a.replies, r] });
            setReply('');
          });
        }}
      >
        <label className="block">
          <span className="sr-only">{t('reply')}</span>
          <MentionField
            value={reply}
            onValueChange={setReply}
            members={members}
            placeholder={t('replyPlaceholder')}
            aria-label={t('reply')}
          />
        </label>
        <button type="submit" className="small" disabled={busy || !reply.trim()}>
          {t('send')}
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </li>
  );
}
