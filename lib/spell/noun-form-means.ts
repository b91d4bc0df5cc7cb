// -(으)로써 marks the means, and a verb's noun form in -(으)ㅁ (막음, 그럼, 먹음) names an act, the
// means of the clause (막음으로써, 그럼으로써: 국립국어원 "-로서/-로써"); -(으)로서 after it is -(으)로써
// misspelt. common-errors.ts knows the endings 함, 됨, 짐, 킴, 임 and the past 았음, 었음 without the
// dictionary; this asks it of any noun form: the syllable's ㅁ (or 음) off leaves a stem the dictionary
// takes with -다 and -고 (막다, 막고; 그러다, 그러고). Not a noun that names a person (사람으로서:
// person-nouns.ts), nor a noun form that became a noun of its own the capacity reading suits (믿음,
// 모임, 울음: as a faith, a meeting), one syllable (삶으로서, 꿈으로서) or a noun of the larger lexicon.
import { lexiconNoun } from './lexicon';
import { isPersonNoun } from './person-nouns';
import { compose, isSyl, parts, T_MIEUM } from './syllables';

const OWN_NOUNS = new Set([
  '믿음',
  '모임',
  '울음',
  '웃음',
  '얼음',
  '걸음',
  '묶음',
  '물음',
  '졸음',
  '마음',
  '처음',
  '바람',
  '기쁨',
  '슬픔',
  '아픔',
]);

/** [the noun form, its stem] candidates of a word in -으로서. */
function forms(word: string): [string, string][] {
  const m = /^(.+)으로서$/.exec(word);
  if (!m || m[1]!.length < 2) return [];
  const noun = m[1]!;
  const last = noun.at(-1)!;
  if (!isSyl(last) || parts(last).t !== T_MIEUM || OWN_NOUNS.has(noun) || isPersonNoun(noun) || lexiconNoun(noun) === noun) return [];
  const out: [string, string][] = [];
  // 막음 → 막: 음 after a stem with a final.
  if (last === '음' && noun.length >= 2 && isSyl(noun.at(-2)) && parts(noun.at(-2)!).t !== 0) out.push([noun, noun.slice(0, -1)]);
  // 그럼 → 그러: the ㅁ on a stem ending in a vowel.
  const { l, v } = parts(last);
  out.push([noun, noun.slice(0, -1) + compose(l, v, 0)]);
  return out;
}

const probes = (stem: string) => [`${stem}다`, `${stem}고`];

/** 막음으로서 → 막음으로써, 그럼으로서 → 그럼으로써; else null. `spell` answers nounFormMeansQueries. */
export function nounFormMeansRival(word: string, spell: (s: string) => boolean): string | null {
  const hit = forms(word).find(([, stem]) => probes(stem).every(spell));
  return hit ? `${hit[0]}으로써` : null;
}

/** The dictionary answers nounFormMeansRival needs. */
export function nounFormMeansQueries(word: string): string[] {
  return forms(word).flatMap(([, stem]) => probes(stem));
}
