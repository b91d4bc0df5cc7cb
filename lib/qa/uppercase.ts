// Words in UPPERCASE or CamelCase in the source with no counterpart in the target (Xbench's
// "CamelCase / UPPERCASE mismatch"): product names, codes and acronyms a translation often keeps
// (NATO, SCOPE, iPhone, YouTube). Korean translates many acronyms (NATO → 나토, JCS → 합참), so
// the check is off by default, as in Xbench; a project switches it on in its settings. Words that
// are uppercase only because a title or headline is (every word capitalised) are not counted, nor
// Roman numerals and one-letter words.
import type { SegmentCheck } from './check';
import { makeIssue, q } from './shared';
import type { QaIssue } from './types';
import { particleFor, PARTICLE_PAIRS } from '../names/particles';

const ID = 'uppercase';
const WORD_RE = /(?<![\p{L}\p{N}'’])\p{L}[\p{L}\p{N}&]*(?![\p{L}\p{N}])/gu;
const ROMAN = /^(?:[IVXLC]+)$/;

const isUpper = (w: string) => w.length >= 2 && /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w) && !ROMAN.test(w);
// iPhone, YouTube, PlayStation, eBay: a capital after a lower-case letter.
const isCamel = (w: string) => /\p{Ll}\p{Lu}/u.test(w) && !/^Mc\p{Lu}|^Mac\p{Lu}/u.test(w);

export const uppercaseCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const src = segment.sourceText;
    if (!/\p{Lu}\p{Lu}|\p{Ll}\p{Lu}/u.test(src)) return [];
    // A source in capitals throughout (a shouted headline) has no particular uppercase word.
    const letters = src.replace(/[^\p{L}]/gu, '');
    if (letters.length > 0 && letters === letters.toUpperCase()) return [];
    const tgt = segment.targetText;
    const issues: QaIssue[] = [];
    const seen = new Set<string>();
    for (const m of src.matchAll(WORD_RE)) {
      const w = m[0];
      if (seen.has(w) || !(isUpper(w) || isCamel(w))) continue;
      seen.add(w);
      if (tgt.includes(w)) continue;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: w,
          sourceSpan: { start: m.index!, end: m.index! + w.length },
          message: {
            en: `${q(w)} (uppercase or CamelCase) does not appear in the translation.`,
            ko: `${q(w)}${particleFor(w, PARTICLE_PAIRS.subject)} 번역문에 그대로 나오지 않습니다(대문자·카멜 표기).`,
          },
        }),
      );
    }
    return issues;
  },
};
