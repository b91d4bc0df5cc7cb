'use client';
// Revision history of the active segment, with a word-level diff between any two revisions
// (Korean tokenised by eojeol and particle: lib/text/word-diff.ts).
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { call, type CallResult } from '@/app/_components/api-client/client';
import { wordDiff } from '@/lib/text/word-diff';
import { DATE_TIME_SHORT } from '@/lib/ui/i18n/date-time';

type Revision = CallResult<'listSegmentRevisions'>['revisions'][number];

export function RevisionHistory({ segmentId, version }: { segmentId: string; version: number }) {
  const t = useTranslations('editor');
  const ta = useTranslations('revisionActions');
  const format = useFormatter();
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  useEffect(() => {
    let stop = false;
    call('listSegmentRevisions', { params: { id: segmentId } })
      .then((d) => {
        if (stop) return;
        setRevisions(d.revisions);
        setTo(d.revisions[0]?.version ?? null);
        setFrom(d.revisions[1]?.version ?? null);
      })
      .catch(() => !stop && setRevisions([]));
    return () => {
      stop = true;
    };
  }, [segmentId, version]);

  const parts = useMemo(() => {
    const a = revisions?.find((r) => r.version === from);
    const b = revisions?.find((r) => r.version === to);
    return b ? wordDiff(a?.targetText ?? '', b.targetText) : [];
  }, [revisions, from, to]);

  if (!revisions) return <p className="muted">{t('loading')}</p>;
  if (!revisions.length) return <p className="muted">{t('noRevisions')}</p>;
  const action = (a: string) => (ta.has(a) ? ta(a) : ta('other'));
  const label = (r: Revision) =>
    `v${r.version} · ${action(r.action)} · ${r.user?.name ?? '—'} · ${format.dateTime(new Date(r.createdAt), DATE_TIME_SHORT)}`;
  return (
    <div className="history">
      <ol className="revisions">
        {revisions.map((r) => (
          <li key={r.id}>
            <span className="muted">{label(r)}</span>
            <div lang="ko">{r.targetText || '∅'}</div>
          </li>
        ))}
      </ol>
      {revisions.length > 0 && (
        <div className="diff-pick">
          <label>
            {t('diffFrom')}
            <select value={from ?? ''} onChange={(e) => setFrom(e.target.value ? Number(e.target.value) : null)}>
              <option value="">{t('emptyRevision')}</option>
              {revisions.map((r) => (
                <option key={r.id} value={r.version}>
                  v{r.version}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('diffTo')}
            <select value={to ?? ''} onChange={(e) => setTo(Number(e.target.value))}>
              {revisions.map((r) => (
                <option key={r.id} value={r.version}>
                  v{r.version}
                </option>
              ))}
            </select>
          </label>
          <p className="diff" lang="ko" data-testid="revision-diff">
            {parts.map((p, i) =>
              p.op === 'insert' ? (
                <ins key={i}>{p.text}</ins>
              ) : p.op === 'delete' ? (
                <del key={i}>{p.text}</del>
              ) : (
                <span key={i}>{p.text}</span>
              ),
            )}
          </p>
        </div>
      )}
    </div>
  );
}
