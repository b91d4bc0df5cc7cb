// A one-word Latin name left before a particle (Brightwell이, Nordvik의) where the same document's
// Korean writes that name in Hangul elsewhere (브라이트웰 테라퓨틱스, 브라이트웰은): the document's own
// rendering is the evidence that the Latin is a leftover, not a brand the paper keeps in Latin
// (Arm의, SoftBank와 stay silent when no Hangul form of them is written). A part of the
// leftover-latin check.
import { hangulSkeleton, skeleton } from '../align/names';
import { WORD_END } from './missing-name-western';

const HANGUL_WORD_RE = /[가-힣]+/g;

// The document's Korean is the same string for every segment of one run: the verdicts are kept
// for it (the last document only).
let memoDoc = '';
const memo = new Map<string, boolean>();

/** The consonant keys agree: the same, or, for keys of four or more, one consonant more or less
 *  (Brightwell p-l-k-t-l → 브라이트웰 p-l-t-l: the gh is not written). */
function near(key: string, hk: string): boolean {
  if (key === hk) return true;
  if (key.length < 4 || Math.abs(key.length - hk.length) !== 1) return false;
  const [long, short] = key.length > hk.length ? [key, hk] : [hk, key];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** The syllable starts with the silent ㅇ (an English word starting with a vowel is written so). */
const silentOnset = (syllable: string) => Math.floor((syllable.charCodeAt(0) - 0xac00) / 588) === 11;

/**
 * Whether the document's Korean writes the Latin word in Hangul: a Korean word (a particle allowed
 * after it) with the word's consonants — at least three — that starts as the word does (a vowel
 * with the silent ㅇ, a consonant without it).
 */
export function writtenInHangul(word: string, docText: string): boolean {
  if (!/^[A-Z][a-z]{3,}$/.test(word)) return false;
  const key = skeleton(word);
  if (key.length < 3) return false;
  if (docText !== memoDoc) {
    memoDoc = docText;
    memo.clear();
  }
  const known = memo.get(word);
  if (known !== undefined) return known;
  const vowelFirst = /^[AEIOU]/.test(word);
  let found = false;
  for (const m of docText.matchAll(HANGUL_WORD_RE)) {
    const w = m[0];
    if (w.length < 2 || silentOnset(w) !== vowelFirst) continue;
    for (let n = 2; n <= Math.min(6, w.length) && !found; n++)
      found = WORD_END.test(w.slice(n)) && near(key, hangulSkeleton(w.slice(0, n)));
    if (found) break;
  }
  memo.set(word, found);
  return found;
}
