'use client';
// Search and replace in targets: the server previews (dryRun), you tick the rows, and it applies them
// with the versions you previewed; each replacement is a revision, and a segment saved since the
// preview is skipped and listed. State: use-replace.ts; the preview list: replace-preview.tsx.
import { useTranslations } from 'next-intl';
import { Modal } from './modal';
import { ReplacePreview } from './replace-preview';
import type { SegmentDto } from './types';
import { useReplace } from './use-replace';

export function ReplaceDialog({
  documentId,
  open,
  onClose,
  onApplied,
}: {
  documentId: string;
  open: boolean;
  onClose: () => void;
  onApplied: (segs: SegmentDto[]) => void;
}) {
  const t = useTranslations('editor');
  const {
    find,
    setFind,
    replace,
    setReplace,
    regex,
    setRegex,
    caseSensitive,
    setCase,
    preview,
    setPreview,
    picked,
    setPicked,
    message,
    busy,
    run,
  } = useReplace(documentId, onApplied);

  return (
    <Modal open={open} title={t('replaceTitle')} onClose={onClose} className="wide" testId="replace-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(true);
        }}
      >
        <div className="row">
          <label>
            {t('find')}
            <input
              value={find}
              onChange={(e) => {
                setFind(e.target.value);
                setPreview(null);
              }}
              required
            />
          </label>
          <label>
            {t('replaceWith')}
            <input
              value={replace}
              onChange={(e) => {
                setReplace(e.target.value);
                setPreview(null);
              }}
            />
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={regex}
              onChange={(e) => {
                setRegex(e.target.checked);
                setPreview(null);
              }}
            />{' '}
            {t('regex')}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={caseSensitive}
              onChange={(e) => {
                setCase(e.target.checked);
                setPreview(null);
              }}
            />{' '}
            {t('caseSensitive')}
          </label>
          <button type="submit" className="secondary" disabled={busy || !find}>
            {t('preview')}
          </button>
        </div>
      </form>
      {message && <p role="status">{message}</p>}
      {preview && preview.length > 0 && (
        <ReplacePreview preview={preview} picked={picked} setPicked={setPicked} busy={busy} onApply={() => void run(false)} />
      )}
      <div className="row" style={{ marginTop: '.75rem' }}>
        <button type="button" className="secondary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
