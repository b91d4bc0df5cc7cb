// A cheap first look at a word's end for particle-nouns.ts: could it end in a particle of the wrong
// kind? Runs on every word of a document, before any string is built.
import { checkParticleAfter, checkParticleAfterFinals, finalConsonant, latinFinals } from '../names/particles';

const code = (text: string, i: number): number => text.charCodeAt(i) - 0xac00;
export const hangulAt = (text: string, i: number): boolean => {
  const c = code(text, i);
  return c >= 0 && c < 11172;
};
/** 0 = open syllable, 8 = ㄹ, other = closed, -1 = not Hangul. */
const finalAt = (text: string, i: number): number => (hangulAt(text, i) ? code(text, i) % 28 : -1);

// Closing quotation marks a particle may follow; it agrees with the last syllable inside.
export const CLOSE_QUOTE = new Set(['”', '’', '"', "'", '」', '』', '»', '〉', '》']);

/**
 * A cheap look at a word's last syllables, before any string is built: could this word end in a
 * particle of the wrong kind? (Most words cannot, and this runs on every word of a document.)
 */
export function maybeMismatch(text: string, end: number): boolean {
  let last = text[end]!;
  let i = end;
  // Stacked: 와의, 와는, 와도, 으로는, 으로도, 으로의.
  if ((last === '의' || last === '는' || last === '도') && (text[end - 1] === '와' || text[end - 1] === '과' || text[end - 1] === '로')) {
    i = end - 1;
    last = text[i]!;
  }
  const f = finalAt(text, i - 1);
  // “제1의 적대국가”으로: after a closing quotation mark, the last syllable inside it decides.
  if (last === '로') {
    if (text[i - 1] === '으') {
      // 152노트(시속 282km)으로: after a gloss, the word before it decides (particle-nouns.ts).
      if (text[i - 2] === ')' || text[i - 2] === '）') return true;
      const g = CLOSE_QUOTE.has(text[i - 2]!) ? finalAt(text, i - 3) : finalAt(text, i - 2);
      return g === 0 || g === 8 || text[i - 2] === '%';
    }
    const g = f < 0 && CLOSE_QUOTE.has(text[i - 1]!) ? finalAt(text, i - 2) : f;
    // 원(1억3800만 달러)로: after a gloss, the word before it decides (particle-nouns.ts).
    return (g > 0 && g !== 8) || text[i - 1] === ')' || text[i - 1] === '）';
  }
  if (f < 0 && CLOSE_QUOTE.has(text[i - 1]!)) {
    const g = finalAt(text, i - 2);
    if (g < 0) return false;
    if (last === '를' || last === '와' || last === '는' || last === '가') return g !== 0;
    return (last === '을' || last === '은' || last === '이' || last === '과') && g === 0;
  }
  if (f < 0) {
    // 62%이, 31%은, 5%과 (퍼센트: open).
    if (text[i - 1] === '%') return last === '을' || last === '은' || last === '이' || last === '과';
    return last === '를' ||
      last === '을' ||
      last === '은' ||
      last === '는' ||
      last === '이' ||
      last === '와' ||
      last === '가' ||
      last === '과'
      ? text[i - 1] === ')' || text[i - 1] === '）'
      : false;
  }
  if (last === '를' || last === '와' || last === '는' || last === '가') return f !== 0;
  if (last === '을' || last === '은' || last === '이' || last === '과') return f === 0;
  return false;
}

// The last word inside a gloss, as read: Hangul or digits (282 → 이, 이팔이), or a unit or acronym
// after them (282km → 킬로미터, CVR → 알).
const INSIDE_LATIN = /(\d[\d,.]*\s?)?([A-Za-z]{1,6})$/;
/**
 * Whether a particle right after a closing bracket agrees with the last word inside the brackets
 * (152노트(시속 282km)으로 does not: both 노트 and 킬로미터 take 로); false when that word's reading
 * is unknown. Reads at most 12 characters back.
 */
export function agreesInsideBracket(text: string, close: number, following: string): boolean {
  const inside = text.slice(Math.max(0, close - 12), close);
  const latin = INSIDE_LATIN.exec(inside);
  if (latin) {
    const finals = latinFinals(latin[2]!, !!latin[1]);
    return finals !== null && checkParticleAfterFinals(finals, following) === null;
  }
  return finalConsonant(inside) !== null && checkParticleAfter(inside, following) === null;
}
