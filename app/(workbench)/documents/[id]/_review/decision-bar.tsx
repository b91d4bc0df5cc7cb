'use client';
// Review decisions for the active segment: Approve (Ctrl/⌘+Enter in review mode, then the editor
// moves on), Approve and stay (Ctrl/⌘+Alt+Enter), Reject with a required reason, and Reopen for an
// approved segment. Shown to reviewers and owners only; a stale version gets the server's 409 message.
import { useTranslations } from 'next-intl';
import { RejectReasonForm } from './reject-reason-form';
import type { DecidedSegment } from './review-api';
import { useDecision } from './use-decision';

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
  const { rejecting, setRejecting, reason, setReason, busy, error, reasonRef, canDecide, approvable, run, startReject } = useDecision({
    segmentId,
    version,
    state,
    role,
    reviewMode,
    onDecided,
  });

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
        <RejectReasonForm
          reason={reason}
          onReasonChange={setReason}
          reasonRef={reasonRef}
          busy={busy}
          onReject={() => void run('reject', false)}
          onClose={() => setRejecting(false)}
        />
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
