'use client';
// "Confirm anyway" / "Approve anyway": an in-app dialog that asks the reason for overriding QA errors
// (recorded in the revision) and gives the focus back to the segment editor when it closes.
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Modal } from './modal';

/** Puts the focus back in the active segment's editor (after a dialog or a refused confirmation). */
export function focusSegmentEditor(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="segment-editor"]')?.focus());
}

export function OverrideDialog({
  open,
  what,
  n,
  onSubmit,
  onClose,
}: {
  open: boolean;
  what: 'confirm' | 'approve';
  /** The segment's number (1-based). */
  n: number;
  /** Sends the override; resolves to an error message to show, or null when done. */
  onSubmit: (reason: string) => Promise<string | null>;
  onClose: () => void;
}) {
  const t = useTranslations('editorQa');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!open) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- each opening starts empty
    setReason('');
    setError(null);
    requestAnimationFrame(() => field.current?.focus());
  }, [open]);

  const close = () => {
    onClose();
    focusSegmentEditor();
  };
  const submit = async () => {
    if (!reason.trim()) return setError(t('overrideReasonNeeded'));
    setBusy(true);
    const failed = await onSubmit(reason.trim());
    setBusy(false);
    if (failed) setError(failed);
    else close();
  };
  return (
    <Modal
      open={open}
      title={t(what === 'confirm' ? 'overrideConfirmTitle' : 'overrideApproveTitle', { n })}
      onClose={close}
      testId="override-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="stack">
          <span>{t('overridePrompt')}</span>
          <textarea
            ref={field}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-required="true"
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void submit();
              }
            }}
          />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="danger" disabled={busy}>
            {t(what === 'confirm' ? 'overrideConfirm' : 'overrideApprove')}
          </button>
          <button type="button" className="secondary" onClick={close}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
