// Slips of one syllable that leave a word the dictionary refuses but the compound rules might split
// (사면 + 초과, 명예 + 회손, 수다 + 장이), judged before them: the word is the form offered misspelt.
// - a four-syllable idiom with one syllable off (사면초과 → 사면초가, 아비귀환 → 아비규환), from a list
//   (idioms.data.ts) checked against the dictionary, with particles or 하다 after it;
// - a Sino-Korean pair inside a longer word that is no word of the dictionary but one of the style
//   guides' confusions from one (lexicon.ts pairRivals: 회손 → 훼손, so 명예회손 → 명예훼손; 창란 →
//   창난, ㄹ said [ㄴ] after ㅇ, so 창란젓 → 창난젓);
// - -장이 and -쟁이 (표준어 규정 제9항 붙임 2: -장이 for a craftsman, 미장이, 대장장이; -쟁이 for one
//   with a habit or trait, 수다쟁이, 겁쟁이): the one the dictionary lists where it lacks the word's;
// - a word written as heard (heard-stems.ts) and verb forms (verb-form-rivals.ts).
import { derivedNounQueries, isDerivedNoun } from './derived-nouns';
import { jamoDistance } from './gate';
import { heardStemCandidates } from './heard-stems';
import { IDIOMS_4 } from './idioms.data';
import { pairRivals } from './lexicon';
import { objectForms } from './noun-probes';
import { isVerbFormWord, verbFormQueries, verbFormRival } from './verb-form-rivals';
import { nounTail } from './word-shapes';

export { isVerbFormWord as isSlipWord };

// Each idiom under its four patterns with one syllable masked (?면초가, 사?초가, …).
const byMask = new Map<string, string[]>();
for (const idiom of IDIOMS_4)
  for (let i = 0; i < 4; i++) {
    const key = `${idiom.slice(0, i)}?${idiom.slice(i + 1)}`;
    byMask.set(key, [...(byMask.get(key) ?? []), idiom]);
  }

const IDIOM_TAIL = /^(?:하|한|할|함|했|해|합|됐|된|되|돼)/;

/** The listed idioms one syllable (two letters at most) off the word's first four syllables, with its tail. */
function idiomCandidates(word: string): string[] {
  if (word.length < 4 || word.length > 10) return [];
  const head = word.slice(0, 4),
    tail = word.slice(4);
  if (!(tail === '' || nounTail(tail) || IDIOM_TAIL.test(tail))) return [];
  const out: string[] = [];
  for (let i = 0; i < 4; i++)
    for (const idiom of byMask.get(`${head.slice(0, i)}?${head.slice(i + 1)}`) ?? [])
      if (idiom !== head && jamoDistance(idiom[i]!, head[i]!) <= 2) out.push(idiom + tail);
  return out;
}

/** The word with one two-syllable window put right by a Sino-Korean confusion: [window, its rival, start, word]. */
function pairCandidates(word: string): { pair: string; rival: string; at: number; cand: string }[] {
  if (word.length < 3 || word.length > 8) return [];
  const out: { pair: string; rival: string; at: number; cand: string }[] = [];
  for (let i = 0; i + 2 <= word.length; i++) {
    const pair = word.slice(i, i + 2);
    // After a head of two syllables (a compound), or in a word with 젓 (the rule of derived-nouns.ts).
    if (i < 2 && !word.includes('젓')) continue;
    for (const r of pairRivals(pair)) out.push({ pair, rival: r, at: i, cand: word.slice(0, i) + r + word.slice(i + 2) });
  }
  return out;
}

const JAENGI = /^(.+?)([장쟁])이(.*)$/;

function jaengiParts(word: string): { head: string; own: string; other: string; tail: string } | null {
  const m = JAENGI.exec(word);
  if (!m || !(m[3] === '' || nounTail(m[3]!))) return null;
  const own = `${m[1]}${m[2]}이`;
  return { head: m[1]!, own, other: `${m[1]}${m[2] === '장' ? '쟁' : '장'}이`, tail: m[3]! };
}

/** The word the refused word is a slip of, or null. */
export function slipRival(word: string, spell: (s: string) => boolean): string | null {
  // A form the rules take (계십시오, 창난젓) is no slip of another (개십시오, 장난젓).
  if (isVerbFormWord(word, spell) || isDerivedNoun(word, spell)) return null;
  const verb = verbFormRival(word, spell);
  if (verb !== null) return verb;
  const j = jaengiParts(word);
  if (j !== null && spell(j.other) && !spell(j.own)) return j.other + j.tail;
  const idiom = idiomCandidates(word).find((c) => spell(c.slice(0, 4)));
  if (idiom !== undefined) return idiom;
  const heard = heardStemCandidates(word).find(spell);
  if (heard !== undefined) return heard;
  const noun = (s: string) => objectForms(s).some(spell);
  // The pair after a head of two syllables or more, a compound (명예 + 회손), its rival a noun; or a
  // word the 젓 rule takes (창란젓 → 창난젓). Not a verb's first syllables (할래야 is no 할례 + 야).
  const pair = pairCandidates(word).find(
    ({ pair, rival, at, cand }) =>
      !spell(pair) &&
      !noun(pair) &&
      ((at >= 2 && noun(word.slice(0, at)) && noun(rival) && spell(cand)) || (cand.includes('젓') && isDerivedNoun(cand, spell))),
  );
  return pair?.cand ?? null;
}

/** The dictionary answers slipRival and isSlipWord need: for a batching caller. */
export function slipQueries(word: string): string[] {
  const j = jaengiParts(word);
  const pairs = pairCandidates(word);
  return [
    ...new Set([
      ...verbFormQueries(word),
      ...(j === null ? [] : [j.own, j.other]),
      ...idiomCandidates(word).map((c) => c.slice(0, 4)),
      ...heardStemCandidates(word),
      ...derivedNounQueries(word),
      ...pairs.flatMap(({ pair, rival, at, cand }) => [
        pair,
        ...objectForms(pair),
        ...objectForms(rival),
        ...objectForms(word.slice(0, at)),
        cand,
        ...(cand.includes('젓') ? derivedNounQueries(cand) : []),
      ]),
    ]),
  ];
}
