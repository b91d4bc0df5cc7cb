'use client';
// DecisionBar's rejection form: a required reason; Ctrl/⌘+Enter here submits the rejection (never
// approves), Escape closes it.
import { useTranslations } from 'next-intl';

export function RejectReasonForm({
  reason,
  onReasonChange,
  reasonRef,
  busy,
  onReject,
  onClose,
}: {
  reason: string;
  onReasonChange: (reason: string) => void;
  reasonRef: React.RefObject<HTMLTextAreaElement | null>;
  busy: boolean;
  onReject: () => void;
  onClose: () => void;
}) {
  const t = useTranslations('review');
  return (
    <form
      className="reject-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim()) onReject();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          // Ctrl+Enter here submits the rejection, never approves.
          e.preventDefault();
          e.stopPropagation();
          if (reason.trim()) onReject();
        }
      }}
    >
      <label className="block">
        {t('reason')}
        <textarea ref={reasonRef} required value={reason} onChange={(e) => onReasonChange(e.target.value)} rows={2} maxLength={5000} />
      </label>
      <div className="row">
        <button type="submit" className="danger" disabled={busy || !reason.trim()}>
          {t('rejectConfirm')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
