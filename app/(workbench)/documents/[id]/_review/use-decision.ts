'use client';
// DecisionBar's state and keys: approve / reject / reopen requests (a stale version gets the server's
// 409 message), the rejection's reason, and the window shortcuts (Ctrl/⌘+Enter approves in review
// mode, Ctrl/⌘+Alt+Enter approves and stays, Ctrl/⌘+Alt+R opens the reason, Ctrl/⌘+Alt+O reopens).
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DecisionBarProps } from './decision-bar';
import { reviewApi } from './review-api';
import { useErrorText } from '@/app/_components/use-error-text';

export type Decision = 'approve' | 'reject' | 'reopen';

export function useDecision({ segmentId, version, state, role, reviewMode = false, onDecided }: DecisionBarProps) {
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
    async (decision: Decision, stay: boolean) => {
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

  const startReject = useCallback(() => setRejecting(true), []);
  // The reason field takes the focus as it appears, in the same event as the key that opened it: a
  // reason typed at once must not land in the segment.
  useLayoutEffect(() => {
    if (rejecting) reasonRef.current?.focus();
  }, [rejecting]);

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
    // eslint-disable-next-line react-hooks/set-state-in-effect -- another segment closes the reason and clears the error
    setRejecting(false);
    setError(null);
  }, [segmentId]);

  return { rejecting, setRejecting, reason, setReason, busy, error, reasonRef, canDecide, approvable, run, startReject };
}
