// Foreign names and loanwords written in Hangul after the English of the same segment (제러미 헌트
// ← Jeremy Hunt, 젤렌스키 ← Zelensky, 인스타그램 ← Instagram, 콘퍼런스콜 ← conference call): no
// dictionary lists them all, but their consonant skeleton (lib/align/names.ts) equals one of the
// source's words or of two or three adjacent ones. Three consonants or more must match, or two for
// a source word with a capital (Hunt ↔ 헌트, iPhone ↔ 아이폰); the comparison stays inside one segment.
import { hangulSkeleton, skeleton } from '../align/names';
import { isParticleTail } from './filters';

const LATIN_WORD = /[A-Za-z][A-Za-z'’-]*/g;

// Words and word pairs recur across a document's sources: their skeletons are computed once (bounded).
const cache = new Map<string, string>();
function latinSkeleton(latin: string): string {
  let k = cache.get(latin);
  if (k === undefined) {
    // A soft c sounds s (conference ↔ 콘퍼런스).
    k = skeleton(latin.replace(/c(?=[eiy])/gi, 's'));
    if (cache.size >= 50_000) cache.clear();
    cache.set(latin, k);
  }
  return k;
}

export function sourceSkeletons(source: string): Set<string> {
  const out = new Set<string>();
  const words = [...source.matchAll(LATIN_WORD)].map((m) => m[0]);
  for (let a = 0; a < words.length; a++) {
    let joined = '';
    for (let b = a; b < Math.min(words.length, a + 3); b++) {
      joined += words[b];
      const k = latinSkeleton(joined);
      const capital = /[A-Z]/.test(words[a]!);
      if (k.length >= 3 || (k.length === 2 && capital)) out.add(k);
    }
  }
  return out;
}

/** Whether the Hangul word (with any particles) transliterates a word of the source. */
export function isTransliteration(word: string, skeletons: ReadonlySet<string>): boolean {
  if (skeletons.size === 0) return false;
  for (let cut = word.length; cut >= 2; cut--) {
    if (cut < word.length && !isParticleTail(word.slice(cut))) continue;
    const k = hangulSkeleton(word.slice(0, cut));
    if (k.length >= 2 && skeletons.has(k)) return true;
  }
  return false;
}
