'use client';
// Search and replace in targets: the server previews (dryRun), you tick the rows, and it applies them
// with the versions you previewed; each replacement is a revision, and a segment saved since the
// preview is skipped and listed.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { call, type CallResult } from '@/app/_components/api-client/client';
import { wordDiff } from '@/lib/text/word-diff';
import { Modal } from './modal';
import type { SegmentDto } from './types';
import { useErrorText } from '@/app/_components/use-error-text';

type Match = CallResult<'replaceInDocument'>['matches'][number];

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
  const errorText = useErrorText();
  const [find, setFind] = useState('');
  const [replace, setReplace] = useState('');
  const [regex, setRegex] = useState(false);
  const [caseSensitive, setCase] = useState(false);
  const [preview, setPreview] = useState<Match[] | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (dryRun: boolean) => {
    setBusy(true);
    setMessage(null);
    try {
      const body = {
        find,
        replace,
        regex,
        caseSensitive,
        dryRun,
        ...(dryRun ? {} : { segmentIds: [...picked], versions: Object.fromEntries((preview ?? []).map((m) => [m.segmentId, m.version])) }),
      };
      const r = await call('replaceInDocument', { params: { id: documentId }, body });
      if (dryRun) {
        setPreview(r.matches);
        setPicked(new Set(r.matches.map((m) => m.segmentId)));
        if (!r.matches.length) setMessage(t('noMatches'));
      } else {
        onApplied(r.applied);
        setPreview(null);
        setMessage(
          t('replacedSummary', { applied: r.applied.length, skipped: r.skipped.length }) +
            (r.skipped.length ? ` ${r.skipped.map((s) => s.reason).join('; ')}` : ''),
        );
      }
    } catch (err) {
      setMessage(errorText(err));
    } finally {
      setBusy(false);
    }
  };

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
        <>
          <ul className="replace-preview" data-testid="replace-preview">
            {preview.map((m) => (
              <li key={m.segmentId}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={picked.has(m.segmentId)}
                    onChange={(e) => {
                      const next = new Set(picked);
                      if (e.target.checked) next.add(m.segmentId);
                      else next.delete(m.segmentId);
                      setPicked(next);
                    }}
                  />
                  #{m.position + 1} ({m.count})
                </label>
                <span lang="ko" className="diff">
                  {wordDiff(m.before, m.after).map((p, i) =>
                    p.op === 'insert' ? (
                      <ins key={i}>{p.text}</ins>
                    ) : p.op === 'delete' ? (
                      <del key={i}>{p.text}</del>
                    ) : (
                      <span key={i}>{p.text}</span>
                    ),
                  )}
                </span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void run(false)} disabled={busy || picked.size === 0}>
            {t('applyReplace', { count: picked.size })}
          </button>
        </>
      )}
      <div className="row" style={{ marginTop: '.75rem' }}>
        <button type="button" className="secondary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
