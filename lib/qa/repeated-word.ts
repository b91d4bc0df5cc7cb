// A word written twice in a row (같은 같은, 여전히 여전히, the the), the commonest slip of editing.
// Korean reduplicated words are written without a space (때때로, 하나하나), so a doubled eojeol with a
// space between is almost always a mistake. A repetition the source also has ("very, very") and
// a handful of idiomatic doubled forms are allowed.
import type { SegmentCheck } from './check';
import { doubledPhrases } from './repeated-word-phrases';
import { doubledUnits } from './repeated-word-units';
import { makeIssue, q, uniqueKeys } from './shared';
import type { QaIssue } from './types';

const ID = 'repeated-word';
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;
// Doubled words that Korean writes with a space on purpose.
const IDIOMATIC = new Set(['하나', '차례', '따로', '어서', '아니', '네', '예', '그래', '정말', '천천히', '빨리', '자']);
// One-syllable adverbs doubled for emphasis (더 더, 또 또, 잘 잘): speech, so only inside a quotation;
// narration writes 더욱더 or 점점 더, and 더 더 there is an editing slip.
const SPOKEN = new Set(['더', '또', '잘']);
// A number before the first copy makes it a counter (두 차례, 세 차례): 두 차례 차례 is a slip, not
// the adverb 차례차례 (one by one).
const COUNTED = /(?:^|[\s(])(?:\d[\d,.]*|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇|여러|수십|수백)\s+$/;
// A noun repeated with a particle on its second copy (조선소 조선소에서, 정부 정부의): the first copy
// was left behind when the phrase was retyped.
const PARTICLE_RE = /^(?:에서|에게|으로|부터|까지|에는|에도|[에을를이가은는의와과도로만])$/;
function particleAfter(t: string, word: string, at: number): boolean {
  if (!/^[가-힣]+$/.test(word)) return false;
  let end = at;
  while (end < t.length && end - at < 3 && /[가-힣]/.test(t[end]!)) end++;
  return PARTICLE_RE.test(t.slice(at, end));
}
// A member of a ·-joined list written twice (여수·무안·무안·군산): the same Hangul word of two
// syllables or more on both sides of one middle dot. Members are read up to 20 characters back.
const MAX_MEMBER = 20;
function doubledListMember(t: string): boolean {
  for (let d = t.indexOf('·'); d > 0; d = t.indexOf('·', d + 1)) {
    let a = d;
    while (a > 0 && d - a <= MAX_MEMBER && /[가-힣]/.test(t[a - 1]!)) a--;
    const len = d - a;
    if (len < 2 || len > MAX_MEMBER || (a > 0 && /[\p{L}\p{N}]/u.test(t[a - 1]!))) continue;
    if (!t.startsWith(t.slice(a, d), d + 1)) continue;
    const next = t[d + 1 + len];
    if (next === undefined || !/[가-힣]/.test(next) || particleAfter(t, t.slice(a, d), d + 1 + len)) return true;
  }
  return false;
}
// The spaces a paste or an editor may leave between two copies: a plain space, a no-break space
// (U+00A0, U+202F), a tab (two spreadsheet cells pasted together), the typographic spaces U+2000–U+200A, the ideographic space U+3000 and the
// zero-width space U+200B a web page leaves between words it lets wrap (연봉은\u200b연봉은).
const SPACE_CHARS = ' \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u3000';
const SPACES = new Set(SPACE_CHARS);
const GAP_RE = new RegExp(`^[${SPACE_CHARS}]+$`);
const SPACE_RE = new RegExp(`[${SPACE_CHARS}]`, 'g');
/** The next space of any kind at or after `from`, or -1. */
function nextSpace(t: string, from: number): number {
  SPACE_RE.lastIndex = from;
  return SPACE_RE.exec(t)?.index ?? -1;
}
const OPENING = new Set(['“', '‘', '"', "'", '(', '[', '「', '『', '《', '〈', '（']);
/** Whether `at` lies inside a quotation (after an opening “ not yet closed). */
const inQuote = (t: string, at: number) => t.lastIndexOf('“', at) > t.lastIndexOf('”', at);

// A noun retyped with another particle, the old copy left before it (환자가 환자는 대전에서): a
// subject in 이/가 right before the same noun as a subject or topic again. A subject before the same
// noun as an object or with another case (사람이 사람을 돕는다, 기업이 기업에) is a sentence, and a
// topic before its predicate noun (법은 법이다) is the tautology Korean writes on purpose.
const RETYPED_RE = /(?<![가-힣])([가-힣]{2,8})[이가] \1[은는이가](?![가-힣])/g;
// Line breaks: a word doubled across one (a PDF line that ended and began with it) is a slip when the
// source has no line break of its own (verse and lists keep theirs).
const LINE_BREAKS = /[\n\r\u2028\u2029]/g;

export const repeatedWordCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const raw = segment.targetText;
    const t = /[\n\r\u2028\u2029]/.test(raw) && !/[\n\r\u2028\u2029]/.test(segment.sourceText) ? raw.replace(LINE_BREAKS, ' ') : raw;
    const issues: QaIssue[] = [...doubledPhrases(t, segment.sourceText, ctx.locale), ...doubledUnits(t, segment.sourceText, ctx.locale)];
    for (const m of t.matchAll(RETYPED_RE)) {
      // Two copies alike (학생들이 학생들이, 디스플레이 디스플레이) are the word pass's.
      if (m[0][m[1]!.length] === m[0][m[0].length - 1]) continue;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `twice:${m[1]}`,
          targetSpan: { start: m.index!, end: m.index! + m[0].length },
          message: { en: `${q(m[1]!)} is written twice in a row.`, ko: `같은 단어를 두 번 연달아 썼습니다: ${q(m[1]!)}.` },
        }),
      );
    }
    // Cheap pre-test without allocating: a token followed by a space and the same token.
    let doubled = false;
    for (let sp = nextSpace(t, 0); sp > 0 && !doubled; sp = nextSpace(t, sp + 1)) {
      let a = sp;
      // The last member of a list joined by · or / (배터리·디스플레이 디스플레이) counts on its own.
      while (a > 0 && !SPACES.has(t[a - 1]!) && t[a - 1] !== '·' && t[a - 1] !== '/') a--;
      // A word right after an opening mark (“나라 나라, 재정부(재정 재정): the mark is not part of it.
      for (let k = sp - 1; k >= a; k--)
        if (OPENING.has(t[k]!)) {
          a = k + 1;
          break;
        }
      const len = sp - a;
      if (len === 0 || !t.startsWith(t.slice(a, sp), sp + 1)) continue;
      const next = t[sp + 1 + len];
      doubled = next === undefined || !/[\p{L}\p{N}]/u.test(next) || (len >= 2 && particleAfter(t, t.slice(a, sp), sp + 1 + len));
    }
    if (!doubled) doubled = doubledListMember(t);
    if (!doubled) return uniqueKeys(issues);
    let prev: RegExpMatchArray | null = null;
    for (const m of t.matchAll(WORD_RE)) {
      const p = prev;
      prev = m;
      if (!p) continue;
      let w = m[0];
      // The second copy with a particle: compare its stem.
      if (w !== p[0] && p[0].length >= 2 && w.startsWith(p[0]) && /^[가-힣]+$/.test(w) && PARTICLE_RE.test(w.slice(p[0].length))) w = p[0];
      if (w !== p[0] || /^\d+$/.test(w)) continue;
      // 미·중 중 (among the US and China): a one-syllable member of a · list, then the noun 중.
      if (w.length < 2 && t[p.index! - 1] === '·') continue;
      if (IDIOMATIC.has(w) && !COUNTED.test(t.slice(Math.max(0, p.index! - 8), p.index!))) continue;
      if (SPOKEN.has(w) && inQuote(t, p.index!)) continue;
      // Only a plain space (no punctuation) between the two: "그래, 그래" is a choice. Or a list's
      // middle dot between two copies of a Hangul member (여수·무안·무안·군산).
      const gap = t.slice(p.index! + p[0].length, m.index!);
      if (!GAP_RE.test(gap) && !(gap === '·' && w.length >= 2 && /^[가-힣]+$/.test(w))) continue;
      if (/[A-Za-z]/.test(w) && new RegExp(`\\b${w}\\s+${w}\\b`, 'i').test(segment.sourceText)) continue;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `twice:${w}`,
          targetSpan: { start: p.index!, end: m.index! + w.length },
          message: { en: `${q(w)} is written twice in a row.`, ko: `같은 단어를 두 번 연달아 썼습니다: ${q(w)}.` },
        }),
      );
    }
    return uniqueKeys(issues);
  },
};
