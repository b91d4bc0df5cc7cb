'use client';
// Segments and English words by state, recomputed whenever a save lands.
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { SEGMENT_STATES, type SegmentState } from '@/lib/workflow/segment-states';
import type { EditorStore } from './editor-store';
import { useStoreRevision } from './use-store';

export interface Counts {
  segments: Record<SegmentState, number>;
  words: Record<SegmentState, number>;
  totalSegments: number;
  totalWords: number;
}

export function countByState(store: EditorStore): Counts {
  const zero = () => Object.fromEntries(SEGMENT_STATES.map((s) => [s, 0])) as Record<SegmentState, number>;
  const c: Counts = { segments: zero(), words: zero(), totalSegments: 0, totalWords: 0 };
  for (const id of store.order) {
    const e = store.get(id)!;
    if (e.server.doNotTranslate) continue;
    c.segments[e.server.state] += 1;
    c.words[e.server.state] += e.sourceWords;
    c.totalSegments += 1;
    c.totalWords += e.sourceWords;
  }
  return c;
}

const BAR_ORDER: SegmentState[] = ['APPROVED', 'TRANSLATED', 'DRAFT', 'REJECTED'];

export function ProgressHeader({ store }: { store: EditorStore }) {
  const t = useTranslations('editor');
  const ts = useTranslations('states');
  const revision = useStoreRevision(store);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const c = useMemo(() => countByState(store), [store, revision]);
  const done = c.segments.TRANSLATED + c.segments.APPROVED;
  const total = Math.max(c.totalWords, 1);
  return (
    <div className="progress-header" data-testid="progress-header">
      <div
        className="progress"
        role="progressbar"
        aria-label={t('progressLabel', { done, total: c.totalSegments })}
        aria-valuemin={0}
        aria-valuemax={c.totalSegments}
        aria-valuenow={done}
        title={t('progressLabel', { done, total: c.totalSegments })}
      >
        {BAR_ORDER.map((s) =>
          c.words[s] > 0 ? <span key={s} className={`s-${s}`} style={{ width: `${(100 * c.words[s]) / total}%` }} /> : null,
        )}
      </div>
      <dl className="state-counts">
        {SEGMENT_STATES.filter((s) => s !== 'REJECTED' || c.segments.REJECTED > 0).map((s) => (
          <div key={s} data-state={s}>
            <dt>{ts(s)}</dt>
            <dd>
              <span data-testid={`count-${s}`}>{c.segments[s]}</span> ·{' '}
              <span className="muted">{t('wordsShort', { count: c.words[s] })}</span>
            </dd>
          </div>
        ))}
        <div>
          <dt>{t('total')}</dt>
          <dd>
            {c.totalSegments} · <span className="muted">{t('wordsShort', { count: c.totalWords })}</span>
          </dd>
        </div>
      </dl>
    </div>
  );
}
