'use client';
// Review decisions for the active segment: Approve (Ctrl/⌘+Enter in review mode, then the editor
// moves on), Approve and stay (Ctrl/⌘+Alt+Enter), Reject with a required reason, and Reopen for an
// approved segment. Shown to reviewers and owners only; a stale version gets the server's 409 message.
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { reviewApi, type DecidedSegment } from './review-api';
import { useErrorText } from '@/app/_components/use-error-text';

export interface DecisionBarProps {
  segmentId: string;
  version: number;
  state: 'EMPTY' | 'DRAFT' | 'TRANSLATED' | 'APPROVED' | 'REJECTED';
  role: 'OWNER' | 'TRANSLATOR' | 'REVIEWER';
  /** Review mode: Ctrl/⌘+Enter approves (instead of the editor's own confirm). */
  reviewMode?: boolean;
  /** After a decision; `stay` is false when the editor should move to the next segment. */
  onDecided: (segment: DecidedSegment, opts: { decision: 'approve' | 'reject' | 'reopen'; stay: boolean }) => void;
}

export function DecisionBar({ segmentId, version, state, role, reviewMode = false, onDecided }: DecisionBarProps) {
  const t = useTranslations('review');
  const errorText = useErrorText();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const canDecide = role === 'OWNER' || role === 'REVIEWER';
  const approvable = state !== 'APPROVED' && state !== 'EMPTY';
  const rejectable = state !== 'APPROVED' && state !== 'REJECTED' && state !== 'EMPTY';

  const run = useCallback(
    async (decision: 'approve' | 'reject' | 'reopen', stay: boolean) => {
      setBusy(true);
      setError(null);
      try {
        const seg =
          decision === 'approve'
            ? await reviewApi.approve(segmentId, version)
            : decision === 'reject'
              ? await reviewApi.reject(segmentId, reason, version)
              : await reviewApi.reopen(segmentId, version);
        setRejecting(false);
        setReason('');
        onDecided(seg, { decision, stay });
      } catch (err) {
        setError(errorText(err));
      } finally {
        setBusy(false);
      }
    },
    [segmentId, version, reason, onDecided, errorText],
  );

  const startReject = useCallback(() => {
    setRejecting(true);
    requestAnimationFrame(() => reasonRef.current?.focus());
  }, []);

  // Ctrl/⌘+Enter approves (and Ctrl/⌘+Alt+Enter approves and stays) in review mode; Ctrl/⌘+Alt+R
  // opens the rejection's reason and Ctrl/⌘+Alt+O reopens, in any mode (listed in Alt+H).
  useEffect(() => {
    if (!canDecide) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.defaultPrevented || busy) return;
      // In a text field (the rejection's reason, a comment) these keys belong to the field's form;
      // a checkbox or a button (the review-mode switch just ticked) does not take them.
      const field = (e.target as HTMLElement | null)?.closest?.('input, textarea, select');
      if (field && !(field instanceof HTMLInputElement && ['checkbox', 'radio', 'button', 'submit', 'reset'].includes(field.type))) return;
      if (e.key === 'Enter' && reviewMode && approvable) {
        e.preventDefault();
        void run('approve', e.altKey);
      } else if (e.altKey && e.code === 'KeyR' && rejectable) {
        e.preventDefault();
        startReject();
      } else if (e.altKey && e.code === 'KeyO' && state === 'APPROVED') {
        e.preventDefault();
        void run('reopen', true);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [reviewMode, canDecide, approvable, rejectable, state, busy, run, startReject]);

  useEffect(() => {
    setRejecting(false);
    setError(null);
  }, [segmentId]);

  if (!canDecide) return null;
  return (
    <div className="decision-bar" role="group" aria-label={t('decisions')} data-testid="decision-bar">
      {state === 'APPROVED' ? (
        <button type="button" className="secondary" disabled={busy} onClick={() => void run('reopen', true)}>
          {t('reopen')} <kbd>Ctrl+Alt+O</kbd>
        </button>
      ) : (
        <>
          <button type="button" disabled={busy || !approvable} onClick={() => void run('approve', false)}>
            {t('approve')} {reviewMode && <kbd>Ctrl+Enter</kbd>}
          </button>
          <button type="button" className="secondary" disabled={busy || !approvable} onClick={() => void run('approve', true)}>
            {t('approveStay')} {reviewMode && <kbd>Ctrl+Alt+Enter</kbd>}
          </button>
          {!rejecting && (
            <button
              type="button"
              className="danger secondary"
              disabled={busy || state === 'REJECTED' || state === 'EMPTY'}
              onClick={startReject}
            >
              {t('reject')} <kbd>Ctrl+Alt+R</kbd>
            </button>
          )}
        </>
      )}
      {rejecting && (
        <form
          className="reject-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) void run('reject', false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setRejecting(false);
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              // Ctrl+Enter here submits the rejection, never approves.
              e.preventDefault();
              e.stopPropagation();
              if (reason.trim()) void run('reject', false);
            }
          }}
        >
          <label className="block">
            {t('reason')}
            <textarea ref={reasonRef} required value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={5000} />
          </label>
          <div className="row">
            <button type="submit" className="danger" disabled={busy || !reason.trim()}>
              {t('rejectConfirm')}
            </button>
            <button type="button" className="secondary" onClick={() => setRejecting(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
