'use client';
// The reviewer's diff of the active segment: origin (MT, TM or aligned text) → the current text,
// word by word with Korean particles split off (lib/text/word-diff.ts on the server). `from`/`to`
// compare two given revisions instead.
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { TSegmentDiff } from '@/lib/review/types';
import { reviewApi } from './review-api';
import { useErrorText } from '@/app/_components/use-error-text';

export interface ReviewDiffProps {
  segmentId: string;
  /** The segment's version: the diff reloads when it changes. */
  version: number;
  from?: number;
  to?: number;
}

export function ReviewDiff({ segmentId, version, from, to }: ReviewDiffProps) {
  const t = useTranslations('review');
  const tOrigin = useTranslations('origins');
  const ta = useTranslations('revisionActions');
  const errorText = useErrorText();
  const [diff, setDiff] = useState<TSegmentDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stop = false;
    reviewApi
      .diff(segmentId, from, to)
      .then((d) => !stop && (setDiff(d), setError(null)))
      .catch((e: unknown) => !stop && setError(errorText(e)));
    return () => {
      stop = true;
    };
  }, [segmentId, version, from, to, errorText]);

  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!diff) return <p className="muted">{t('loading')}</p>;
  if (!diff.from && from === undefined)
    return (
      <p className="muted" data-testid="review-diff">
        {t('noOrigin')}
      </p>
    );
  return (
    <figure className="review-diff" data-testid="review-diff">
      <figcaption className="muted small">
        {t('diffCaption', {
          from: diff.from
            ? `v${diff.from.version} (${diff.from.origin ? (tOrigin.has(diff.from.origin) ? tOrigin(diff.from.origin) : diff.from.origin) : ta.has(diff.from.action) ? ta(diff.from.action) : ta('other')})`
            : '∅',
          to: `v${diff.to.version}`,
        })}
        {' · '}
        {t('diffChanged', { inserted: diff.changed.inserted, deleted: diff.changed.deleted })}
      </figcaption>
      <p className="diff" lang="ko">
        {diff.parts.map((p, i) =>
          p.op === 'insert' ? <ins key={i}>{p.text}</ins> : p.op === 'delete' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>,
        )}
      </p>
    </figure>
  );
}
