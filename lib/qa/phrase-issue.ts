// The issue the phrase-consistency passes share: one English phrase rendered two ways.
import { makeIssue, q } from './shared';
import type { QaIssue, QaLocale } from './types';
import { PARTICLE_PAIRS, particleFor } from '../names/particles';
import type { PhraseAt } from './phrase-words';

export const ID = 'phrase-consistency';

/** The two renderings of each issue `twoRenderingsIssue` made (read by the check's last filter). */
export const RENDERINGS = new WeakMap<QaIssue, readonly [string, string]>();

/** “phrase” rendered as `variant` here (at `start`) but as `usual` in `related` and elsewhere. */
export function twoRenderingsIssue(
  locale: QaLocale,
  phrase: string,
  shown: string,
  variant: string,
  usual: string,
  start: number,
  related: string,
): QaIssue {
  const issue = makeIssue(ID, locale, {
    severity: 'warning',
    key: phrase,
    targetSpan: { start, end: start + variant.length },
    relatedSegmentId: related,
    message: {
      en: `${q(shown)} is translated as ${q(variant)} here but as ${q(usual)} elsewhere in the document.`,
      ko: `${q(shown)}: 여기서는 ${q(variant)}, 문서의 다른 곳에서는 ${q(usual)}${particleFor(usual, PARTICLE_PAIRS.direction)} 번역되었습니다.`,
    },
  });
  RENDERINGS.set(issue, [variant, usual]);
  return issue;
}

/** The phrase as the text writes it, its last word whole (families, not the folded “familie”). */
export function shownPhrase(at: PhraseAt): string {
  let end = at.end;
  while (end < at.text.length && /[A-Za-z]/.test(at.text[end]!)) end++;
  return at.text.slice(at.start, end).toLowerCase().replace(/\s+/g, ' ');
}
