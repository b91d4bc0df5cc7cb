// Two counts swapped between their nouns: “9,412 households and 12,860 people” written 1만2860가구
// 9412명, “two wins, a draw and two defeats” 2승 2무 1패. Both figures are in the Korean, so the value
// match sees nothing. A Korean figure with a counter is flagged when the source gives that figure
// with a noun of another counter, and gives this counter's noun another figure the Korean writes
// with that other counter (the two figures changed places). The nouns are a general list of what
// news counts (people, households, homes, wins, draws, defeats, flights, vessels, vehicles, seats).
import { EN_ONES } from '../text/number-words-en';
import { extractKoreanNumbers } from './numbers-ko';
import { makeIssue, q } from './shared';
import { PARTICLE_PAIRS, particleFor } from '../names/particles';
import type { QaIssue, QaLocale } from './types';

const NOUNS: [RegExp, string][] = [
  [
    /^(?:people|persons|residents|villagers|passengers|workers|employees|students|fans|spectators|candidates|victims|patients|soldiers|troops|protesters|members|players|evacuees)$/,
    '명',
  ],
  [/^households?$/, '가구'],
  [/^(?:homes?|houses?)$/, '채'],
  [/^(?:wins?|victories|victory)$/, '승'],
  [/^draws?$/, '무'],
  [/^(?:defeats?|losses|loss)$/, '패'],
  [/^flights?$/, '편'],
  [/^(?:boats?|ships?|vessels?)$/, '척'],
  [/^(?:vehicles?|cars?|trucks?|buses)$/, '대'],
  [/^seats?$/, '석'],
];
// Figures written as words: the article (“a draw”) and one, then the cardinals of the shared list.
const WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, ...EN_ONES };
// A figure, at most one word between (two home wins), and the noun.
const EN_COUNT_RE =
  /\b(\d{1,3}(?:,\d{3})+|\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+([a-z-]+)\b(?=(?:\s+([a-z]+))?)/gi;
const KO_COUNTER =
  /^\s?(명|가구|채|승|무|패|편|척|대|석)(?![가-힣])|^\s?(명|가구|채|승|무|패|편|척|대|석)(?=[은는이가을를의에과와도만로,])/;

export function swappedCounts(source: string, target: string, locale: QaLocale): QaIssue[] {
  if (!/\d/.test(target)) return [];
  const given: { value: number; counter: string }[] = [];
  for (const m of source.matchAll(EN_COUNT_RE)) {
    const counterOf = (w: string | undefined) => (w ? NOUNS.find(([re]) => re.test(w.toLowerCase()))?.[1] : undefined);
    const counter = counterOf(m[2]) ?? counterOf(m[3]);
    if (!counter) continue;
    const word = m[1]!.toLowerCase();
    given.push({ value: WORDS[word] ?? Number(word.replace(/,/g, '')), counter });
  }
  if (given.length < 2) return [];
  const written: { value: number; counter: string; start: number; end: number }[] = [];
  for (const t of extractKoreanNumbers(target)) {
    if (!t.fromDigits) continue;
    const m = KO_COUNTER.exec(target.slice(t.end, t.end + 4));
    if (m) written.push({ value: t.value, counter: (m[1] ?? m[2])!, start: t.start, end: t.end + m[0].length });
  }
  const has = (list: { value: number; counter: string }[], value: number, counter: string) =>
    list.some((x) => x.value === value && x.counter === counter);
  const out: QaIssue[] = [];
  for (const w of written) {
    if (has(given, w.value, w.counter)) continue;
    // The source's figure for this counter, written by the Korean with the counter this figure has in the source.
    const swap = given.find(
      (g) =>
        g.counter === w.counter &&
        g.value !== w.value &&
        given.some((o) => o.value === w.value && o.counter !== w.counter && has(written, g.value, o.counter)),
    );
    if (!swap) continue;
    const text = target.slice(w.start, w.end);
    out.push(
      makeIssue('numbers', locale, {
        severity: 'error',
        key: `counter-swap:${w.value}${w.counter}`,
        targetSpan: { start: w.start, end: w.end },
        message: {
          en: `${q(text)}: the source gives ${swap.value} for this count, and ${w.value} for another. Were the two figures swapped?`,
          ko: `${q(text)}: 원문에서 이 수는 ${swap.value}이고 ${w.value}${particleFor(String(w.value), PARTICLE_PAIRS.topic)} 다른 명사의 수입니다. 두 숫자가 뒤바뀌지 않았습니까?`,
        },
      }),
    );
  }
  return out;
}
