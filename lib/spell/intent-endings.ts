// The ending -(으)려야, 'even if one tries to' (표준국어대사전: -으려야, from -으려고 하여야: 하려야,
// 먹으려야), which the dictionary lacks though it has -(으)려고. Its common misspelling is -ㄹ래야 or
// -ㄹ려야 (할래야, 할려야, 먹을래야 → 하려야, 먹으려야: 한글 맞춤법's -(으)려, no ㄹ before it).
import { compose, isSyl, parts, T_RIEUL } from './syllables';

/** The form with -(으)려고 for -(으)려야 (하려야 → 하려고), or null when the word has no such end. */
function goForm(word: string): string | null {
  return word.length >= 3 && word.endsWith('려야') ? `${word.slice(0, -1)}고` : null;
}

/** -(으)려야 on a stem the dictionary takes with -(으)려고 (하려야 ← 하려고, 먹으려야 ← 먹으려고). */
export function isIntentYa(word: string, spell: (s: string) => boolean): boolean {
  const go = goForm(word);
  return go !== null && spell(go);
}

/** [the -(으)려야 form without the ㄹ, its -(으)려고 form, the misspelt word's -려고 form], or null. */
function dropped(word: string): [string, string, string] | null {
  const m = /^(.*)([가-힣])(래야|려야)$/.exec(word);
  if (!m || !isSyl(m[2]) || parts(m[2]!).t !== T_RIEUL) return null;
  const { l, v } = parts(m[2]!);
  const bare = m[1]! + compose(l, v, 0);
  return [`${bare}려야`, `${bare}려고`, `${m[1]}${m[2]}려고`];
}

/**
 * -ㄹ래야 or -ㄹ려야 for -(으)려야 (할래야 → 하려야, 먹을래야 → 먹으려야, 할려야 → 하려야): the right
 * form when the dictionary takes the stem with -(으)려고 and refuses it with the ㄹ (할려고, 먹을려고);
 * 갈려고 (갈다) or 만들려고 (만들다, whose ㄹ is the stem's) leave the word alone. For a word the
 * dictionary refuses; null when none.
 */
export function intentYaRival(word: string, spell: (s: string) => boolean): string | null {
  const d = dropped(word);
  if (d === null) return null;
  const [right, go, wrongGo] = d;
  return spell(go) && !spell(wrongGo) ? right : null;
}

/** The dictionary answers isIntentYa and intentYaRival need. */
export function intentYaQueries(word: string): string[] {
  const go = goForm(word);
  const d = dropped(word);
  return [...(go ? [go] : []), ...(d ? [d[1], d[2]] : [])];
}
