// The phrase-consistency passes that need no list of pairs: near forms of a rendering anchored by
// the English word (phrase-near-forms.ts), ministries under an older name (phrase-ministries.ts), a
// body's declared Korean short form beside another one (phrase-abbreviations.ts), a name spelt two
// ways in one paragraph (phrase-name-spelling.ts) and a Latin-Hangul name with and without a hyphen
// (phrase-hyphen-forms.ts).
import type { QaIssue, QaLocale } from './types';
import { ID, twoRenderingsIssue } from './phrase-issue';
import { type NearFinding, nearFormFindings } from './phrase-near-forms';
import { ministryFindings } from './phrase-ministries';
import { sameHeadFindings } from './phrase-same-head';
import { abbreviationFindings } from './phrase-abbreviations';
import { nameSpellingFindings } from './phrase-name-spelling';
import { hyphenFormFindings } from './phrase-hyphen-forms';

export function nearFindings(segments: readonly { id: string; sourceText: string; targetText: string }[]): NearFinding[] {
  return [
    ...nearFormFindings(segments),
    ...ministryFindings(segments),
    ...sameHeadFindings(segments),
    ...abbreviationFindings(segments),
    ...nameSpellingFindings(segments),
    ...hyphenFormFindings(segments),
  ];
}

export function nearFormPass(
  segments: readonly { id: string; sourceText: string; targetText: string }[],
  out: Map<string, QaIssue[]>,
  locale: QaLocale,
) {
  for (const f of nearFindings(segments)) {
    const list = out.get(f.segmentId) ?? [];
    if (list.some((i) => i.targetSpan?.start === f.start || i.key === `${ID}:${f.english}`)) continue;
    list.push(twoRenderingsIssue(locale, f.english, f.english, f.variant, f.usual, f.start, f.relatedSegmentId));
    out.set(f.segmentId, list);
  }
}
