// The copula's 이 dropped after a closed syllable: 5억2000만 원였다, 3년였고, 15명였던 for 원이었다,
// 3년이었고, 15명이었던. After an open syllable 였 is the copula contracted (문제였다); after a closed
// one it is also the past of every verb in -이다 (먹였다, 줄였다, 높였다), so it is judged only
// where the word is certainly a noun: a counter glued to a number (3년, 15명) or a unit written apart
// from an amount in 만/억/조 (2000만 원, 3만 명).
import { iAfterNoun } from './particle-lexicon';

export interface CopulaSlip {
  /** The noun (with its number): 5억2000만 원, 3년. */
  stem: string;
  found: string;
  expected: string;
  start: number;
  end: number;
}

// 였 and the endings the copula's past takes after it, at a word's end.
const COPULA_RE = /([가-힣]{1,2})(였(?:다|고|던|으며|으나|지만|는데|을|음|어요|습니다|죠|기에|기|다는|다고)?)(?![가-힣])/g;
const SPACED_UNITS = new Set([
  '원',
  '명',
  '곳',
  '건',
  '척',
  '톤',
  '달러',
  '위안',
  '유로',
  '가구',
  '개',
  '대',
  '채',
  '엔',
  '장',
  '석',
  '권',
  '편',
]);
const AMOUNT_BEFORE = /\d[\d,.]*\s?[만억조천]$/;
const closed = (syllable: string) => {
  const c = syllable.charCodeAt(0) - 0xac00;
  return c >= 0 && c < 11172 && c % 28 !== 0;
};

/** Copulas that lost their 이 after a counter or a unit with a closed last syllable. */
export function copulaSlips(text: string): CopulaSlip[] {
  if (!text.includes('였')) return [];
  const out: CopulaSlip[] = [];
  COPULA_RE.lastIndex = 0;
  for (let m = COPULA_RE.exec(text); m; m = COPULA_RE.exec(text)) {
    const noun = m[1]!;
    const start = m.index;
    if (!closed(noun[noun.length - 1]!)) continue;
    const before = text[start - 1] ?? '';
    let from: number;
    if (/\d/.test(before)) {
      from = start - 1;
      while (from > 0 && /[\d.,]/.test(text[from - 1]!)) from--;
    } else if (before === ' ' && SPACED_UNITS.has(noun) && AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 13), start - 1))) {
      from = start - 1;
      while (from > 0 && /[\d.,만억조천 ]/.test(text[from - 1]!)) from--;
      while (text[from] === ' ') from++;
    } else continue;
    const end = start + m[0].length;
    out.push({ stem: text.slice(from, start) + noun, found: m[2]!, expected: '이었' + m[2]!.slice(1), start: from, end });
  }
  return out;
}

// A quotation that ends on a noun takes the copula before a quotative ending: “OECD 평균의 절반 수준”이라며,
// “…정책”이라고, “…위기”라는. After a closed syllable 이 cannot drop (수준”라며 → 수준”이라며); the
// closed endings a quoted sentence itself may end on (…하거든, …할걸, …하는군, …하렴) are left alone.
const QUOTED_RE = /([가-힣])[”’」』"](라고|라며|라면서|라는|라던|란)/g;
const CLOSED_SENTENCE_END = new Set(['든', '걸', '군', '먼', '렴']);

/** Quotative endings that lost the copula's 이 after a quotation ending on a closed syllable. */
export function quotedCopulaSlips(text: string): CopulaSlip[] {
  if (!/[”’」』"]라|[”’」』"]란/.test(text)) return [];
  const out: CopulaSlip[] = [];
  for (const m of text.matchAll(QUOTED_RE)) {
    const last = m[1]!;
    if (!closed(last) || CLOSED_SENTENCE_END.has(last)) continue;
    let from = m.index!;
    while (from > 0 && /[가-힣]/.test(text[from - 1]!)) from--;
    const found = m[2]!;
    const end = m.index! + m[0].length;
    out.push({ stem: text.slice(from, end - found.length), found, expected: '이' + found, start: from, end });
  }
  return out;
}

// The converse across a closing mark: after a quotation or title ending on an open syllable the copula's
// 이 is not written (‘…춘유도’라는, “…위기다”라고): ‘…춘유도’이라는 has one too many.
const QUOTED_OPEN_RE = /([가-힣])[”’」』"](이(?:라고|라며|라면서|라는|라던|란))/g;

/** 이라는/이라고 after a quotation ending on an open syllable (‘…도’이라는 for ‘…도’라는). */
export function quotedOpenCopulaSlips(text: string): CopulaSlip[] {
  if (!/[”’」』"]이라|[”’」』"]이란/.test(text)) return [];
  const out: CopulaSlip[] = [];
  for (const m of text.matchAll(QUOTED_OPEN_RE)) {
    if (closed(m[1]!)) continue;
    let from = m.index!;
    while (from > 0 && /[가-힣]/.test(text[from - 1]!)) from--;
    const found = m[2]!;
    const end = m.index! + m[0].length;
    out.push({ stem: text.slice(from, end - found.length), found, expected: found.slice(1), start: from, end });
  }
  return out;
}

// The present copula's 이 dropped after a counter glued to a number (1560점고, 3년며, 15명다, 2건지만
// for 1560점이고, 3년이며, 15명이다, 2건이지만): after a closed syllable the copula keeps its 이.
const PRESENT_COPULA_RE = /(?<![\d,.])(\d[\d,.]*)([가-힣]{1,2})(고|며|다|지만|라고|라며|라는|라면|라도|라서|란|던)(?![가-힣])/g;

/** The present copula's 이 dropped after a number and a counter ending in a closed syllable. */
export function presentCopulaSlips(text: string): CopulaSlip[] {
  if (!/\d[가-힣]/.test(text)) return [];
  const out: CopulaSlip[] = [];
  for (const m of text.matchAll(PRESENT_COPULA_RE)) {
    const counter = m[2]!;
    const last = counter.charCodeAt(counter.length - 1) - 0xac00;
    // Not a past tense in ㅆ (61세였고, 3위였다): that is the copula already.
    if (!closed(counter[counter.length - 1]!) || last % 28 === 20) continue;
    const found = m[3]!;
    out.push({ stem: m[1]! + counter, found, expected: '이' + found, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

// After a percentage (퍼센트, open) the copula's past is contracted: 53.7%였다, not 53.7%이었다 (as
// 문제였다, not 문제이었다). Only % is judged: a bare number's reading may be closed (10이었다, 십).
const PERCENT_COPULA_RE = /(\d[\d.,]{0,12}%)(이었(?:다|고|던|으며|으나|지만|는데|을|음|어요|습니다|죠|기에|기|다는|다고)?)(?![가-힣])/g;

/** An uncontracted copula 이었 after a percentage (53.7%이었다 for 53.7%였다). */
export function percentCopulaSlips(text: string): CopulaSlip[] {
  if (!text.includes('%이었')) return [];
  const out: CopulaSlip[] = [];
  for (const m of text.matchAll(PERCENT_COPULA_RE)) {
    const found = m[2]!;
    out.push({ stem: m[1]!, found, expected: '였' + found.slice(2), start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

// The quotative copula after a bare noun: 11명이라고, 최저선이라며, 교사라며. After a closed syllable the copula
// keeps its 이 (최저선라고 → 최저선이라고); no verb form reads stem + 라고/라며 after a closed final
// but ㄹ's (살라고, 달라며, 만들라고), and none after ㅆ (했다고, not 했라고), so those are left alone.
// After an open syllable the 이 is not written (교사이라며 → 교사라며) unless the word is one in 이 of
// its own (아이, 차이, 상하이: particle-lexicon's iAfterNoun). 라는, 라면 and 란 are not judged: 신라는,
// 컵라면.
const BARE_QUOTATIVE_RE = /([가-힣])(이?)(라고|라며|라면서)(?![가-힣])/g;

/** 라고/라며 after a closed-syllable noun without the copula's 이, and 이라고/이라며 after an open one. */
export function bareQuotativeCopulaSlips(text: string): CopulaSlip[] {
  if (!/[가-힣]라(?:고|며|면서)/.test(text)) return [];
  const out: CopulaSlip[] = [];
  for (const m of text.matchAll(BARE_QUOTATIVE_RE)) {
    const last = m[1]!;
    const f = (last.charCodeAt(0) - 0xac00) % 28;
    // The word back to its start, at most 12 characters (a run of one word without spaces stays linear).
    let from = m.index!;
    while (from > 0 && m.index! - from < 12 && /[가-힣\d]/.test(text[from - 1]!)) from--;
    const stem = text.slice(from, m.index! + 1);
    const end = m.index! + m[0].length;
    if (!m[2]) {
      if (f === 0 || f === 8 || f === 20) continue;
      out.push({ stem, found: m[3]!, expected: '이' + m[3]!, start: from, end });
    } else if (f === 0 && /^[가-힣]+$/.test(stem) && iAfterNoun(stem + '이')) {
      out.push({ stem, found: '이' + m[3]!, expected: m[3]!, start: from, end });
    }
  }
  return out;
}
