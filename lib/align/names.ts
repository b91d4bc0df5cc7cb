// Names the English gives without Hangul ("Kim Jong-un" ↔ 김정은, "Han Duck-soo" ↔ 한덕수, "Jeremy" ↔
// 제러미): both sides are reduced to a consonant skeleton, the Korean through es-hangul's romanize, so
// that romanisation variants (Jong/Jeong, Duck/Deok, Kim/Gim, Lee/Ri) compare equal. Vowels, h, w and
// y are dropped, voiced and voiceless pairs merged (g/k, d/t, b/p, j/ch), r and l merged, doubled
// letters collapsed. Only skeletons with at least four consonants are used (three collide with
// common words: "Korean" and 그런 are both k-l-n), and the aligner keeps a
// token only when it occurs on both sides of the document, so a chance collision with a common word
// stays rare and local.
import { romanize } from 'es-hangul';

const MIN_CONSONANTS = 4;
const syllableCache = new Map<string, string>();

/** Consonant skeleton of a Latin-letter string: "Kim Jong-un" → "kmjnkn". */
export function skeleton(latin: string): string {
  const s = latin
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ch|tch/g, 'j')
    .replace(/sh/g, 's')
    .replace(/ph/g, 'p')
    .replace(/x/g, 'ks');
  let out = '';
  for (const c of s) {
    const k =
      c === 'g' || c === 'k' || c === 'c' || c === 'q'
        ? 'k'
        : c === 'd' || c === 't'
          ? 't'
          : c === 'b' || c === 'p' || c === 'f' || c === 'v'
            ? 'p'
            : c === 'r' || c === 'l'
              ? 'l'
              : c === 'j' || c === 'z'
                ? 'j'
                : c === 's' || c === 'm' || c === 'n'
                  ? c
                  : '';
    if (k && out[out.length - 1] !== k) out += k;
  }
  return out;
}

function romanSyllable(syllable: string): string {
  let r = syllableCache.get(syllable);
  if (r === undefined) {
    r = romanize(syllable);
    syllableCache.set(syllable, r);
  }
  return r;
}

/** Skeleton of a Hangul word, romanised syllable by syllable (cached: the syllable set is small). */
export function hangulSkeleton(word: string): string {
  let latin = '';
  for (const ch of word) latin += romanSyllable(ch);
  return skeleton(latin);
}

// Particles and endings that attach to a name in Korean (김정은은, 한덕수 총리의 → 한덕수).
// Last syllables of verbs and adjectives, not names (예상되는, 밝혔다, 한다며).
const NOT_NAME_END = /[는되된하할될던며고다들게지서면로적까요니데]$/;
const PARTICLES = ['으로', '에게', '께서', '에서', '과', '와', '은', '는', '이', '가', '을', '를', '의', '에', '도', '로', '만'];
const HANGUL_WORD = /[\uac00-\ud7a3]{2,}/g;
/** Korean names are two to four syllables (제갈공명, 김정은, 트럼프); the rest is particles. */
const MAX_NAME = 4;
const CAPITALISED_WORD = /[A-Z][a-z]+(?:-[a-z]+)?/g;

// Words recur across a document: their keys are computed once (bounded, so a huge input cannot grow it without limit).
const wordCache = new Map<string, readonly string[]>();
const skeletonCache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, v);
  }
  return v;
}

/** Skeletons of the Hangul words of a Korean paragraph (each word with and without a final particle). */
export function koreanNameKeys(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(HANGUL_WORD)) {
    const w = m[0];
    if (w.length > MAX_NAME + 2) continue;
    for (const k of remember(wordCache, w, () => wordKeys(w))) out.add(k);
  }
  return [...out];
}

function wordKeys(w: string): string[] {
  const out: string[] = [];
  {
    const forms = [w];
    for (const p of PARTICLES) if (w.length - p.length >= 2 && w.endsWith(p)) forms.push(w.slice(0, -p.length));
    for (const f of forms) {
      if (f.length > MAX_NAME || NOT_NAME_END.test(f)) continue;
      const k = hangulSkeleton(f);
      if (k.length >= MIN_CONSONANTS && !out.includes(k)) out.push(k);
    }
  }
  return out;
}

/** Skeletons of runs of one to three adjacent capitalised words of an English paragraph. */
export function englishNameKeys(text: string): string[] {
  const out = new Set<string>();
  let run: { word: string; end: number }[] = [];
  const flush = () => {
    for (const [a, { word }] of run.entries()) {
      // A hyphenated given name after a family name ("Kim Jong-un") is never written alone.
      if (a > 0 && word.includes('-')) continue;
      let joined = '';
      for (let b = a; b < Math.min(run.length, a + 3); b++) {
        joined += run[b]!.word;

        const k = remember(skeletonCache, joined, () => skeleton(joined));
        if (k.length >= MIN_CONSONANTS) out.add(k);
      }
    }
    run = [];
  };
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    const prev = run[run.length - 1];
    if (prev && !/^\s$/.test(text.slice(prev.end, m.index))) flush();
    run.push({ word: m[0], end: m.index! + m[0].length });
  }
  flush();
  return [...out];
}
