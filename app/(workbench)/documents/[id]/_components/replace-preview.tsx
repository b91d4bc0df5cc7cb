'use client';
// The search-and-replace preview (replace-dialog.tsx): one row per matching segment, ticked by
// default, with the word diff of its target, and the button that applies the ticked rows.
import { useTranslations } from 'next-intl';
import { wordDiff } from '@/lib/text/word-diff';
import type { ReplaceMatch } from './use-replace';

export function ReplacePreview({
  preview,
  picked,
  setPicked,
  busy,
  onApply,
}: {
  preview: ReplaceMatch[];
  picked: Set<string>;
  setPicked: (next: Set<string>) => void;
  busy: boolean;
  onApply: () => void;
}) {
  const t = useTranslations('editor');
  return (
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
      <button type="button" onClick={onApply} disabled={busy || picked.size === 0}>
        {t('applyReplace', { count: picked.size })}
      </button>
    </>
  );
}
