// A pass of the phrase-consistency check: a two-word English phrase (bird strike, wind shear, go
// around) written in Hangul word by word in one segment (버드 스트라이크) while every other segment
// with the phrase — two at least — translates it, and all of them share a Korean word this segment
// lacks (조류 충돌). No lexicon: the Hangul writes the English, so it is that phrase's rendering.
// Silent on a gloss (버드 스트라이크(조류 충돌)), on a phrase another segment also writes in Hangul,
// and when the others share no rendering. Linear: a segment's Hangul is read only when two adjacent
// words both look like loanwords (a syllable of the vowel ㅡ and no final: 드, 스, 트 …), and at
// most a few such phrases per document are looked for in the other segments.
import type { QaIssue, QaLocale } from './types';
import { twoRenderingsIssue } from './phrase-issue';
import { hangulSkeleton, skeleton } from '../align/names';
import { stems, STOP } from './phrase-words';
import { mayWrite } from './phrase-company-names';

// A syllable of ㅡ without a final consonant: English consonants written alone (스트라이크, 버드).
const EPENTHETIC = /[그느드르므브스즈츠크트프흐]/;
// A Hangul word with such a syllable.
const LOANISH = /(?<![가-힣])[가-힣]{0,7}[그느드르므브스즈츠크트프흐][가-힣]{0,9}/g;
const MAX_CANDIDATES = 5;
// A word ending like a verb or a clause (드러났다, 스스로는 없고): no loanword.
const VERB_END = /[다고며면서니지요까]$/;
// A gloss in brackets right after the word (버드 스트라이크(조류 충돌)).
const glossed = (text: string, end: number) => /^[가-힣]{0,2}\(/.test(text.slice(end, end + 3));
// Pairs of loan-looking words compared with their English, per document.
const MAX_TRIES = 200;
const MAX_STEMS = 300;

/** The English word's consonant keys as Korean writes it: as spelt, and with a final or
 *  pre-consonant r and a silent final e unwritten (bird → 버드, strike → 스트라이크). */
const keysOf = (english: string) => [skeleton(english), skeleton(english.replace(/r(?![aeiouy])/g, '').replace(/([^aeiou])e$/, '$1'))];

/** The Hangul word writes the English word: its first consonant fits and its consonants are the word's. */
function writes(hangul: string, english: string, keys: () => readonly string[]): boolean {
  if (!mayWrite(hangul, english) || hangul.length > english.length) return false;
  const k = hangulSkeleton(hangul);
  return k.length >= 1 && keys().includes(k);
}

export function loanPhrasePass(
  segments: readonly { id: string; sourceText: string; targetText: string }[],
  out: Map<string, QaIssue[]>,
  locale: QaLocale,
): void {
  let candidates = 0;
  let tries = 0;
  const seen = new Set<string>();
  const lower = new Map<number, string>();
  const lowerOf = (i: number) => {
    let l = lower.get(i);
    if (l === undefined) lower.set(i, (l = segments[i]!.sourceText.toLowerCase()));
    return l;
  };
  for (let n = 0; n < segments.length && candidates < MAX_CANDIDATES; n++) {
    const s = segments[n]!;
    if (!EPENTHETIC.test(s.targetText)) continue;
    // Only the words with such a syllable are read (a plain string scan, then each word's stem).
    const st: { stem: string; start: number; end: number }[] = [];
    for (const m of s.targetText.matchAll(LOANISH)) {
      const stem = stems(m[0])[0]?.stem;
      if (stem) st.push({ stem, start: m.index, end: m.index + m[0].length });
      if (st.length >= MAX_STEMS) break;
    }
    for (let i = 0; i < st.length && candidates < MAX_CANDIDATES; i++) {
      const [a, b] = [st[i]!, st[i + 1]];
      let found: { phrase: string; loan: string; variant: string } | undefined;
      // Two adjacent words, the first bare, both of two to six syllables and looking like loanwords
      // (버드 스트라이크); or one word of four to eight syllables written as the two (윈드시어).
      if (
        b &&
        b.start === a.end + 1 &&
        a.end - a.start === a.stem.length &&
        a.stem.length >= 2 &&
        b.stem.length >= 2 &&
        a.stem.length <= 6 &&
        b.stem.length <= 6 &&
        EPENTHETIC.test(a.stem) &&
        EPENTHETIC.test(b.stem) &&
        !glossed(s.targetText, b.end)
      ) {
        if (++tries > MAX_TRIES) return;
        const pair = englishPair(s.sourceText, a.stem, b.stem);
        if (pair) found = { ...pair, variant: `${a.stem} ${pair.loan}` };
      }
      if (
        !found &&
        a.stem.length >= 4 &&
        a.stem.length <= 8 &&
        EPENTHETIC.test(a.stem) &&
        !VERB_END.test(a.stem) &&
        !glossed(s.targetText, a.end)
      )
        for (let k = 2; k <= a.stem.length - 2 && !found; k++) {
          if (++tries > MAX_TRIES) return;
          const pair = englishPair(s.sourceText, a.stem.slice(0, k), a.stem.slice(k));
          if (pair && pair.loan === a.stem.slice(k)) found = { ...pair, variant: a.stem };
        }
      if (!found) continue;
      const { phrase, loan, variant } = found;
      // Each phrase looked for once in the document.
      if (seen.has(phrase)) continue;
      seen.add(phrase);
      candidates++;
      // The other segments with the phrase (or its plural).
      const others: number[] = [];
      for (let j = 0; j < segments.length; j++) if (j !== n && lowerOf(j).includes(phrase)) others.push(j);
      if (others.length < 2) continue;
      // Another segment writing it in Hangul too: the document's own way, not one segment's.
      if (others.some((j) => segments[j]!.targetText.includes(loan))) continue;
      // A Korean word every other segment has and this one lacks: the phrase's rendering.
      const mine = new Set(stems(s.targetText).map((w) => w.stem));
      let shared: string[] | undefined;
      for (const j of others) {
        const words = new Set(
          stems(segments[j]!.targetText)
            .slice(0, MAX_STEMS)
            .map((w) => w.stem),
        );
        shared = (shared ?? [...words].filter((w) => w.length >= 2 && !mine.has(w))).filter((w) => words.has(w));
        if (!shared.length) break;
      }
      if (!shared?.length) continue;
      const first = segments[others[0]!]!.targetText;
      const usual = shared.flatMap((x) => shared!.filter((y) => y !== x && first.includes(`${x} ${y}`)).map((y) => `${x} ${y}`))[0];
      const list = out.get(s.id) ?? [];
      if (list.some((q) => q.targetSpan?.start === a.start)) continue;
      list.push(twoRenderingsIssue(locale, phrase, phrase, variant, usual ?? shared[0]!, a.start, segments[others[0]!]!.id));
      out.set(s.id, list);
    }
  }
}

/** Two adjacent English words of the source (four letters or more, not stop words) that the two
 *  Hangul words write (the second one perhaps with a particle the stems left on: 스트라이크만), and
 *  the second Hangul word as it writes its English word. */
function englishPair(source: string, h1: string, h2: string): { phrase: string; loan: string } | undefined {
  const fronts = [h2, h2.slice(0, -1), h2.slice(0, -2)].filter((h) => h.length >= 2);
  let prev: RegExpExecArray | undefined;
  for (const w of source.matchAll(/[A-Za-z]{4,20}/g)) {
    const w1 = prev;
    prev = w;
    // Adjacent: one space or a hyphen between.
    if (!w1 || w.index - (w1.index + w1[0].length) !== 1) continue;
    // A name (Donald Trump) is written in Hangul everywhere: common words only.
    if (/^[A-Z]/.test(w1[0]) && /^[A-Z]/.test(w[0])) continue;
    const [e1, e2] = [w1[0].toLowerCase(), w[0].toLowerCase()];
    if (STOP.has(e1) || STOP.has(e2) || !writes(h1, e1, () => keysOf(e1))) continue;
    // The English word as the phrase has it, a plural -s dropped (strikes → strike).
    const base = e2.length > 4 && e2.endsWith('s') ? e2.slice(0, -1) : e2;
    let keys: string[] | undefined;
    const loan = fronts.find((h) => writes(h, e2, () => (keys ??= [...keysOf(e2), ...keysOf(base)])));
    if (loan) return { phrase: `${e1}${source[w1.index + w1[0].length]!.toLowerCase()}${base}`, loan };
  }
  return undefined;
}
