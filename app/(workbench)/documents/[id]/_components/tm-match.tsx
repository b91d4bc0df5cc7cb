'use client';
// What a translator needs to judge a memory match before inserting it: the match %, whether it was
// approved or only confirmed, where the wording came from, who wrote it and when, and (below 100 %)
// how the memory's English differs from this segment's (struck out: only in the memory; underlined:
// only here). Used by the side panel's suggestions and by the concordance dialog.
import { useFormatter, useTranslations } from 'next-intl';
import { Fragment } from 'react';
import type { TmMatchInfo } from './types';
import { DATE_TIME } from '@/lib/ui/i18n/date-time';

export function TmMeta({ state, origin, createdByName, createdAt }: Pick<TmMatchInfo, 'state' | 'origin' | 'createdByName' | 'createdAt'>) {
  const t = useTranslations('tmMatch');
  const format = useFormatter();
  const known = (key: string) => (t.has(key) ? t(key) : key);
  const when = createdAt ? format.dateTime(new Date(createdAt), DATE_TIME) : '';
  return (
    <span className="tm-meta small" data-testid="tm-meta">
      <span className={`badge tm-${state.toLowerCase()}`}>{known(`state.${state}`)}</span> <span>{known(`origin.${origin}`)}</span>
      {' · '}
      <span>{t('byWhen', { name: createdByName ?? t('unknownAuthor'), when })}</span>
    </span>
  );
}

export function TmMatchDetails({ match }: { match: TmMatchInfo }) {
  const t = useTranslations('tmMatch');
  const changed = match.diff.some((d) => d.op !== 'equal');
  return (
    <div className="tm-match" data-testid="tm-match">
      <span className="badge tm-score" data-testid="tm-score">
        {match.score > 100 ? t('context') : t('match', { score: match.score })}
      </span>{' '}
      <TmMeta {...match} />
      {changed && (
        <p className="tm-diff small" lang="en" data-testid="tm-diff">
          <span className="sr-only">{t('sourceDiff')}</span>
          {match.diff.map((d, i) => (
            <Fragment key={i}>
              {i > 0 && ' '}
              {d.op === 'equal' ? d.text : d.op === 'delete' ? <del>{d.text}</del> : <ins>{d.text}</ins>}
            </Fragment>
          ))}
        </p>
      )}
    </div>
  );
}
