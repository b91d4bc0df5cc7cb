// Coordinate Sino-Korean compounds that write two 하다 nouns sharing their last syllable once (#22,
// round 16): 충방전 (充放電: 충전 and 방전), 송수신 (송신, 수신), 승하차 (승차, 하차), 입출금 (입금, 출금).
// Three syllables abc where bc and ac are nouns the dictionary takes with 하다 (충전하다, 방전하다), then
// particles or a form of 하다/되다 the dictionary takes after a 하다 noun (충방전해도, 송수신하는), is a
// word; the dictionary lists few such compounds. Two nouns alone are no evidence (카페트 is no 카트 +
// 페트, 공기밥 no 공기 + 공밥): a verbal noun is what such a compound joins. Not when a style-guide
// confusion of the word is a word of the dictionary.
import { confusionCandidates } from './confusions';
import { objectForms, probeFor } from './noun-probes';
import { nounTail } from './word-shapes';

/** The two nouns the first three syllables stand for (충방전 → 방전, 충전). */
function pairs(word: string): [string, string][] {
  if (word.length < 3 || word.length > 10 || !/^[가-힣]{3}/.test(word)) return [];
  const [a, b, c] = [word[0]!, word[1]!, word[2]!];
  return [[b + c, a + c]];
}

/** 충방전해도, 송수신을: a coordinate compound of two 하다 nouns of the dictionary, then a noun's tail. */
export function isCoordinateCompound(word: string, spell: (s: string) => boolean): boolean {
  const noun = (s: string) => objectForms(s).some(spell) && spell(`${s}하다`);
  const tail = word.slice(3);
  if (!(tail === '' || nounTail(tail) || spell(probeFor(word[2]!) + tail))) return false;
  if (!pairs(word).some(([x, y]) => noun(x) && noun(y))) return false;
  return !confusionCandidates(word).some(spell);
}

/** The dictionary answers isCoordinateCompound needs. */
export function coordinateCompoundQueries(word: string): string[] {
  const p = pairs(word);
  if (p.length === 0) return [];
  return [
    ...p.flatMap(([x, y]) => [...objectForms(x), ...objectForms(y), `${x}하다`, `${y}하다`]),
    probeFor(word[2]!) + word.slice(3),
    ...confusionCandidates(word),
  ];
}
