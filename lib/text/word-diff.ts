// Word-level diff between two revisions of a segment. English goes through the `diff` package's
// diffWordsWithSpace. Korean words (eojeol) carry their particles (권정근은, 북한의), so a change of
// particle would mark the whole eojeol changed; Korean text is tokenised into stem, particle,
// punctuation and whitespace first and diffed as token arrays, so 권정근은 → 권정근이 shows only 은 → 이.
import { diffArrays, diffWordsWithSpace } from 'diff';

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

const HANGUL = /[\uAC00-\uD7A3]/;

// Longest first, so 에서는 wins over 는 and 으로 over 로.
const PARTICLES = [
  '에서부터',
  '으로부터',
  '으로서는',
  '으로써',
  '으로서',
  '에게서',
  '이라고',
  '이라는',
  '에서는',
  '에서도',
  '에게는',
  '까지는',
  '부터는',
  '에서',
  '에게',
  '한테',
  '께서',
  '으로',
  '까지',
  '부터',
  '보다',
  '처럼',
  '마다',
  '조차',
  '마저',
  '이나',
  '이며',
  '라고',
  '라는',
  '와는',
  '과는',
  '이랑',
  '하고',
  '에는',
  '에도',
  '으로',
  '로서',
  '로써',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '랑',
  '나',
  '며',
  '야',
  '아',
].sort((a, b) => b.length - a.length);

/** Splits one Korean word into its stem and a trailing particle, when the stem keeps at least one syllable. */
export function splitParticle(word: string): [string, string] | [string] {
  if (!HANGUL.test(word.charAt(word.length - 1))) return [word];
  for (const p of PARTICLES) {
    if (word.length > p.length && word.endsWith(p)) {
      const stem = word.slice(0, -p.length);
      if (HANGUL.test(stem.charAt(stem.length - 1)) || /[\p{L}\p{N}]$/u.test(stem)) return [stem, p];
    }
  }
  return [word];
}

/**
 * Tokens of Korean text, which concatenate back to the input exactly: whitespace runs, punctuation
 * characters, and each eojeol split into stem + particle.
 */
export function tokenizeKorean(text: string): string[] {
  const tokens: string[] = [];
  for (const m of text.matchAll(/(\s+)|([\p{L}\p{N}\p{M}]+(?:[-'’][\p{L}\p{N}\p{M}]+)*)|([^\s\p{L}\p{N}\p{M}])/gu)) {
    if (m[2]) tokens.push(...splitParticle(m[2]));
    else tokens.push(m[0]);
  }
  return tokens;
}

export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

/** A word-level diff; Korean (either side containing Hangul) is tokenised by eojeol and particle. */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (hasHangul(before) || hasHangul(after)) {
    return diffArrays(tokenizeKorean(before), tokenizeKorean(after)).map((c) => ({
      value: c.value.join(''),
      added: !!c.added,
      removed: !!c.removed,
    }));
  }
  return diffWordsWithSpace(before, after).map((c) => ({ value: c.value, added: !!c.added, removed: !!c.removed }));
}
