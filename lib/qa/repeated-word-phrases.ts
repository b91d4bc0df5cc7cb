// Repetitions the one-word pass does not see:
// - a phrase of two words written twice (최소 4명이 최소 4명이, 첫 공식 첫 공식 경기): a retyped
//   stretch whose first copy was not deleted. The distributive 한 명 한 명, 한 걸음 한 걸음 (one by
//   one) doubles on purpose and is allowed, as is any pair the source doubles too;
// - the ending of a word written again as a word of its own (지급하기로 하기로 했다, 검토했으나
//   했으나): an edit left half done. The repeated ending has three syllables or more, which no
//   Korean word standing after a word ending in it happens to be (경제가 제가 is two and passes).
import { PARTICLE_PAIRS, particleFor } from '../names/particles';
import { makeIssue, q } from './shared';
import type { QaIssue, QaLocale } from './types';

const ID = 'repeated-word';
const TOKEN_RE = /[^\s\u00a0\u2000-\u200b\u202f\u3000]+/g;
// Distributive doubling: 한 명 한 명, 한 걸음 한 걸음, 하나 둘 하나 둘 (a count chanted).
const DISTRIBUTIVE = new Set(['한', '하나', '한두']);
const HANGUL_WORD = /^[가-힣]+$/;

interface Tok {
  w: string;
  at: number;
}

/** Issues for a doubled two-word phrase and a word's ending written again as a word. */
export function doubledPhrases(text: string, source: string, locale: QaLocale): QaIssue[] {
  const toks: Tok[] = [];
  for (const m of text.matchAll(TOKEN_RE)) toks.push({ w: m[0], at: m.index! });
  const issues: QaIssue[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i]!;
    const b = toks[i + 1]!;
    // A two-word phrase doubled: a b a b (the fourth may carry a particle the second lacks).
    const c = toks[i + 2];
    const d = toks[i + 3];
    if (
      c &&
      d &&
      a.w === c.w &&
      (b.w === d.w || (HANGUL_WORD.test(b.w) && d.w.startsWith(b.w) && d.w.length - b.w.length <= 2 && HANGUL_WORD.test(d.w))) &&
      a.w !== b.w &&
      /[가-힣]/.test(a.w + b.w) &&
      !DISTRIBUTIVE.has(a.w) &&
      !/[,.!?;:”’"')\]]$/.test(b.w)
    ) {
      const phrase = `${a.w} ${b.w}`;
      if (!source.toLowerCase().includes(`${phrase} ${phrase}`.toLowerCase())) {
        issues.push(
          makeIssue(ID, locale, {
            severity: 'warning',
            key: `twice:${phrase}`,
            targetSpan: { start: a.at, end: c.at + a.w.length + 1 + b.w.length },
            message: { en: `${q(phrase)} is written twice in a row.`, ko: `같은 구절을 두 번 연달아 썼습니다: ${q(phrase)}.` },
          }),
        );
        i += 3;
        continue;
      }
    }
    // A word's ending written again: 지급하기로 하기로.
    if (b.w.length >= 3 && a.w.length > b.w.length && HANGUL_WORD.test(b.w) && HANGUL_WORD.test(a.w) && a.w.endsWith(b.w)) {
      issues.push(
        makeIssue(ID, locale, {
          severity: 'warning',
          key: `tail:${b.w}`,
          targetSpan: { start: a.at, end: b.at + b.w.length },
          message: {
            en: `${q(b.w)} repeats the end of the word before it (${q(a.w)}).`,
            ko: `앞 단어(${q(a.w)})의 끝부분 ${q(b.w)}${particleFor(b.w, PARTICLE_PAIRS.object)} 한 번 더 썼습니다.`,
          },
        }),
      );
    }
  }
  return issues;
}
