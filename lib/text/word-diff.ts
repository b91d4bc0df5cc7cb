// Word-level diff of two texts: the reviewer's origin (MT, TM or aligned text) → the translator's
// current text, two revisions in the history, a replacement's preview. Korean words (eojeol) carry
// their particles (권정근은, 북한의), so a changed particle would mark the whole word changed; each eojeol
// is split into stem + trailing particle when a known particle ends it (and a stem of at least one
// syllable remains), so 권정근은 → 권정근이 shows only 은 → 이. English and other text split into
// words, spaces and punctuation.
import { diffArrays } from 'diff';

export type DiffOp = 'equal' | 'insert' | 'delete';
export interface DiffPart {
  op: DiffOp;
  text: string;
}

const HANGUL = /[\uAC00-\uD7A3]/;

/** Korean particles (조사), longest first so 에서는 wins over 는 and 으로 over 로. */
export const KOREAN_PARTICLES: readonly string[] = [
  '으로부터',
  '에서부터',
  '에게서는',
  '이라고는',
  '으로서는',
  '으로써는',
  '에서는',
  '에서도',
  '에서의',
  '에게는',
  '에게도',
  '으로는',
  '으로도',
  '으로서',
  '으로써',
  '까지는',
  '까지도',
  '부터는',
  '이라고',
  '이라는',
  '이라도',
  '이든지',
  '에게서',
  '한테서',
  '처럼은',
  '보다는',
  '와는',
  '과는',
  '에는',
  '에도',
  '에의',
  '에서',
  '에게',
  '한테',
  '께서',
  '으로',
  '로서',
  '로써',
  '로는',
  '로도',
  '까지',
  '부터',
  '보다',
  '처럼',
  '마다',
  '조차',
  '마저',
  '밖에',
  '이나',
  '이며',
  '이랑',
  '라고',
  '라는',
  '라도',
  '든지',
  '이든',
  '하고',
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
  '께',
]
  .slice()
  .sort((a, b) => b.length - a.length);

/** Splits one word into [stem, particle] when a known particle ends it; otherwise [word]. */
export function splitParticle(word: string): string[] {
  if (!HANGUL.test(word.charAt(word.length - 1))) return [word];
  for (const p of KOREAN_PARTICLES) {
    if (word.length > p.length && word.endsWith(p)) {
      const stem = word.slice(0, -p.length);
      // The stem must end in a syllable, a Latin letter or a digit (WFP는, 2024년의 → 2024년 + 의).
      if (/[\p{L}\p{N}]$/u.test(stem)) return [stem, p];
    }
  }
  return [word];
}

/**
 * The tokens of a text, which concatenate back to it exactly: whitespace runs, single punctuation
 * characters, and words (Korean words split into stem + particle).
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const m of text.matchAll(/(\s+)|([\p{L}\p{N}\p{M}]+(?:[-'’.][\p{L}\p{N}\p{M}]+)*)|([^\s\p{L}\p{N}\p{M}])/gu)) {
    if (m[2]) tokens.push(...splitParticle(m[2]));
    else tokens.push(m[0]);
  }
  return tokens;
}

/** A word diff of two texts; neighbouring parts of the same kind are merged. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const c of diffArrays(tokenize(before), tokenize(after))) {
    const op: DiffOp = c.added ? 'insert' : c.removed ? 'delete' : 'equal';
    const text = c.value.join('');
    if (!text) continue;
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  }
  return parts;
}

/** The two sides of a diff: `before` is equal + delete parts, `after` is equal + insert parts. */
export function sidesOf(parts: readonly DiffPart[]): { before: string; after: string } {
  let before = '';
  let after = '';
  for (const p of parts) {
    if (p.op !== 'insert') before += p.text;
    if (p.op !== 'delete') after += p.text;
  }
  return { before, after };
}

/** How much changed: inserted + deleted word tokens (whitespace and punctuation not counted). */
export function changedWords(parts: readonly DiffPart[]): { inserted: number; deleted: number } {
  const count = (t: string) => tokenize(t).filter((x) => /[\p{L}\p{N}]/u.test(x)).length;
  let inserted = 0;
  let deleted = 0;
  for (const p of parts) {
    if (p.op === 'insert') inserted += count(p.text);
    else if (p.op === 'delete') deleted += count(p.text);
  }
  return { inserted, deleted };
}
