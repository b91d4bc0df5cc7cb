// Random short documents for the QA checks: English and Korean words, numbers, dates, names and every
// kind of mark a real text or a broken one holds (quotes of all shapes, runs of terminators, tags,
// entities, replacement and private-use characters, zero-width spaces, mojibake letters), mixed with
// a seeded generator so a failure can be replayed. A check that loops for ever on some mix of them
// (as the speech-level scan once did on `??`) never ends here: fuzz.test.ts runs this in a child
// process with a time limit.
import type { QaSegment, QaTerm } from '../types';

const KO =
  '가|다|요|니다|습니다|했다|했어요|이|는|을|를|의|에서|께서|과|와|정부|위원장|김정은|지난|다음 달|올해|내년|그제|3일|5시|1000원|2만|억|명|개|㎞|%|KDCA|유엔|미국|합의|했습니까|하오|입니다만|이다.|한다고'.split(
    '|',
  );
const MARKS =
  '?|!|.|…|。|“|”|‘|’|"|\'|「|」|『|』|(|)|[|]|{|}|<b>|</b>|<|>|&amp;|&#|%u|\\|\n|\r\n|\t| | | |\u00a0|·|,|~|-|—|/|*|+|=|#|@|\u200b|\ufeff|\ufffd|\ue000|Ã|ì|í†|??|?!|...|!!|?.|.?|..|”.|.”|’s|0|9|1,|,000'.split(
    '|',
  );
const EN =
  'Kim|Jong-un|said|the|KDCA|U.S.|this year|next month|last week|on Tuesday|Oct. 12|3|1,000|2.5|percent|million|third|www.a.org|a@b.co|F-35A|COVID-19|iPhone|Mr.|No.|p.m.|Seoul|Panmunjom|talks|joint drills'.split(
    '|',
  );

export const FUZZ_TERMS: QaTerm[] = [
  { source: 'Kim Jong-un', target: '김정은', kind: 'NAME' },
  { source: 'KDCA', target: '질병관리청', kind: 'TERM' },
];

/** `count` documents of one to three segments, the same for the same seed. */
export function fuzzDocuments(seed: number, count: number): QaSegment[][] {
  let s = seed >>> 0 || 1;
  const rnd = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 0x100000000;
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;
  const text = (parts: readonly (readonly string[])[], max: number) =>
    Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(pick(parts))).join(rnd() < 0.5 ? '' : ' ');
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, j) => ({
      id: `s${j}`,
      sourceText: text([EN, EN, MARKS], 30),
      targetText: text([KO, KO, MARKS], 40),
      state: 'TRANSLATED',
    })),
  );
}
