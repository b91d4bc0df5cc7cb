'use client';
// One link (bead): the English paragraphs, a line for each link coloured by confidence, the Korean
// text with a split point between sentences, and the row's tools.
import { useTranslations } from 'next-intl';
import { Scissors } from 'lucide-react';
import { splitSentences } from '@/lib/align/distribute';
import { toneOf, type Proposal, type Row } from './alignment-model';

interface Props {
  row: Row;
  index: number;
  last: boolean;
  proposal: Proposal;
  onMerge: (i: number) => void;
  onSplit: (i: number, k: number) => void;
  onToggleSkip: (i: number) => void;
}

export function BeadRow({ row: r, index: i, last, proposal, onMerge, onSplit, onToggleSkip }: Props) {
  const t = useTranslations('align');
  const tone = toneOf(r);
  const sentences = splitSentences(r.paras.join(' '));
  return (
    <div
      className={`align-row tone-${tone}`}
      role="row"
      data-testid="bead"
      data-source={r.source.join(',')}
      data-score={r.score ?? ''}
      data-tone={tone}
    >
      <div role="cell" lang="en">
        {r.source.length === 0 && <p className="muted">{t('unlinked')}</p>}
        {r.source.map((s) => (
          <p key={s} className="align-para">
            <span className="align-num">{s + 1}</span>
            {proposal.source[s]!.text}
            {proposal.source[s]!.hasHumanWork && (
              <>
                {' '}
                <span className="badge s-DRAFT">{t('humanWork')}</span>
              </>
            )}
          </p>
        ))}
      </div>
      <div className="align-gutter" aria-hidden="true">
        <svg viewBox="0 0 40 100" preserveAspectRatio="none">
          {r.source.flatMap((_, a) =>
            r.paras.map((__, b) => (
              <line
                key={`${a}-${b}`}
                x1="0"
                y1={((a + 0.5) / r.source.length) * 100}
                x2="40"
                y2={((b + 0.5) / r.paras.length) * 100}
                vectorEffect="non-scaling-stroke"
              />
            )),
          )}
        </svg>
      </div>
      <div role="cell">
        <div lang="ko" className="align-para">
          {r.paras.length === 0 ? (
            <span className="muted">{t('noKorean')}</span>
          ) : (
            sentences.map((s, k) => (
              <span key={k}>
                {s}
                {k < sentences.length - 1 && (
                  <button
                    type="button"
                    className="split-point"
                    title={t('splitHere')}
                    aria-label={`${t('splitHere')} (${k + 1})`}
                    onClick={() => onSplit(i, k)}
                  >
                    <Scissors size={12} aria-hidden="true" />
                  </button>
                )}
              </span>
            ))
          )}
        </div>
        <div className="align-tools">
          <span className={`badge tone-${tone}`}>
            {r.skip ? t('skipped') : r.score === null ? t('manual') : t('confidence', { score: Math.round(r.score * 100) })}
          </span>
          {tone === 'low' && <strong className="error">{t('doubtful')}</strong>}
          <span className="align-actions">
            {i > 0 && (
              <button type="button" className="secondary" onClick={() => onMerge(i - 1)}>
                {t('mergePrevious')}
              </button>
            )}
            {!last && (
              <button type="button" className="secondary" onClick={() => onMerge(i)}>
                {t('mergeNext')}
              </button>
            )}
            <button type="button" className="secondary" onClick={() => onToggleSkip(i)}>
              {r.skip ? t('unskip') : t('skip')}
            </button>
          </span>
        </div>
      </div>
    </div>
  );
}
