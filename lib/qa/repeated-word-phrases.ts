// Repetitions the one-word pass does not see:
// - a phrase of two words written twice (최소 4명이 최소 4명이, 첫 공식 첫 공식 경기): a retyped
//   stretch whose first copy was not deleted. The distributive 한 명 한 명, 한 걸음 한 걸음 (one by
//   one) doubles on purpose and is allowed, as is any pair the source doubles too;
// - the ending of a word written again as a word of its own (지급하기로 하기로 했다, 검토했으나
//   했으나): an edit left half done. The repeated ending has three syllables or more, which no
//   Korean word standing after a word ending in it happens to be (경제가 제가 is two and passes);
// - a word written spaced and solid side by side (재난 지원금 재난지원금을): a spacing fix half done.
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
    // A spacing fix half done: the word retyped solid, the old spaced form left before it (재난 지원금
    // 재난지원금을), or after it (작은아버지 작은 아버지). Three syllables or more together; the solid copy
    // may carry a particle the spaced one lacks.
    if (c && spacedAndSolid(a.w, b.w, c.w)) {
      issues.push(spacingIssue(a, c, `${a.w} ${b.w}`, c.w, locale));
      i += 2;
      continue;
    }
    if (c && spacedAndSolid(b.w, c.w, a.w)) {
      issues.push(spacingIssue(a, c, `${b.w} ${c.w}`, a.w, locale));
      i += 2;
      continue;
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

/** Whether `solid` is `x y` written without its space (a particle may follow on the solid copy only). */
function spacedAndSolid(x: string, y: string, solid: string): boolean {
  const extra = solid.length - x.length - y.length;
  if (extra < 0 || extra > 2 || !solid.startsWith(x) || !solid.startsWith(y, x.length)) return false;
  if (!HANGUL_WORD.test(x) || !HANGUL_WORD.test(y) || !HANGUL_WORD.test(solid)) return false;
  const joined = x + y;
  return joined.length >= 3 && solid.startsWith(joined) && solid.length - joined.length <= 2;
}

function spacingIssue(first: Tok, last: Tok, spaced: string, solid: string, locale: QaLocale): QaIssue {
  return makeIssue(ID, locale, {
    severity: 'warning',
    key: `spacing:${solid}`,
    targetSpan: { start: first.at, end: last.at + last.w.length },
    message: {
      en: `${q(spaced)} and ${q(solid)} stand side by side: the same word written twice, spaced and solid.`,
      ko: `띄어 쓴 ${q(spaced)}${particleFor(spaced, PARTICLE_PAIRS.and)} 붙여 쓴 ${q(solid)}${particleFor(solid, PARTICLE_PAIRS.subject)} 나란히 있습니다. 같은 말을 두 번 썼습니다.`,
    },
  });
}
