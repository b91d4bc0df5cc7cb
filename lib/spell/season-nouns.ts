// Season and weather nouns that 표준국어대사전 lists written solid and the Hunspell dictionary lacks:
// - 지난 and a season: 지난봄, 지난여름, 지난가을, 지난겨울 are nouns, beside 지난해, 지난달, 지난주,
//   지난밤, which the dictionary has (it lacks the seasons). 이번, 다음 take no such compound (이번
//   겨울, 다음 여름 are spaced; 올봄 is the prefix 올-).
// - the prefix 된- (harsh) before weather: 된바람, 된서리, 된추위, 된더위. Only these heads: 된 is also
//   the form of 되다 before a noun, spaced (된 것, 된 뒤), so 된 before anything else is judged as before.
import { nounTail } from './word-shapes';

const SEASON = /^(?:지난(?:봄|여름|가을|겨울)|된(?:바람|서리|추위|더위))/;

/** Whether the word is 지난 and a season or 된- and weather, then particles (지난겨울, 지난봄부터, 된바람이). */
export function isSeasonCompound(word: string): boolean {
  const m = SEASON.exec(word);
  return m !== null && nounTail(word.slice(m[0].length));
}
