// A particle glued to a bare number agrees with the number as Korean reads it: the last digit's
// name (1 일, 2 이, 3 삼, 6 육, 7 칠, 8 팔; 4 사, 5 오, 9 구 open), or, after zeros, the place the
// last non-zero digit stands in (10 십, 300 삼백, 4000 사천, 5만, 3억, 2조). 1-2으로 → 1-2로 (이),
// 승점 7으로 → 7로 (칠, ㄹ), 3는 → 3은 (삼), 10와 → 10과 (십). Only forms that cannot be anything but
// a particle are judged: 은/는, 을/를, 으로/로 (alone or with 는/도/의/부터/서/써 after it), 이 after an
// open reading and 와 after a closed one. 가 and 과 after a number name a street or a section of their
// own (종로3가, 강력2과) and are left alone; so is a number inside a code (COVID-19, G7, A380: read
// in English or letter by letter), a percentage and a number with a unit or counter after it.
import { checkParticleAfterFinals } from '../names/particles';

const DIGIT_FINAL = ['ㅇ', 'ㄹ', '', 'ㅁ', '', '', 'ㄱ', 'ㄹ', 'ㄹ', ''];
// The final of the place word after the last non-zero digit: 십, 백, 천, then 만 (to 천만), 억 (to
// 천억), 조 (open).
const PLACE_FINAL = (zeros: number) =>
  zeros === 1 ? 'ㅂ' : zeros === 2 ? 'ㄱ' : zeros === 3 ? 'ㄴ' : zeros < 8 ? 'ㄴ' : zeros < 12 ? 'ㄱ' : '';

/** The final consonant ('' open) of a number as Korean reads it: '1,240' → 'ㄴ' (천이백사십 → 십: ㅂ). */
export function numberFinal(num: string): string {
  const n = num.replace(/,/g, '');
  if (n.includes('.')) return DIGIT_FINAL[Number(n[n.length - 1])]!;
  const trimmed = n.replace(/0+$/, '');
  if (!trimmed) return 'ㅇ';
  const zeros = n.length - trimmed.length;
  return zeros === 0 ? DIGIT_FINAL[Number(n[n.length - 1])]! : PLACE_FINAL(zeros);
}

// A number not glued to a letter, a digit or a code's hyphen (COVID-19; a score's or a range's
// hyphen after a digit, 1-2, is fine), then a particle form and no more Hangul.
const NUMBER_PARTICLE_RE =
  /(?<![A-Za-z\d.,])(?<![A-Za-z]-)(\d[\d,]*(?:\.\d+)?)(으로(?:는|도|의|부터|서|써)?|로(?:는|도|의|부터|서|써)?|은|는|을|를|이|와)(?![가-힣])/g;

export interface NumberParticleSlip {
  word: string;
  found: string;
  expected: string;
  start: number;
  end: number;
}

/** Particles glued to a bare number that disagree with its Korean reading. */
export function numberParticleSlips(text: string): NumberParticleSlip[] {
  const out: NumberParticleSlip[] = [];
  if (!/\d[으로은는을를이와]/.test(text)) return out;
  for (const m of text.matchAll(NUMBER_PARTICLE_RE)) {
    const num = m[1]!;
    // A dot before a trailing zero (3.290) is no decimal Korean writes: a European thousands
    // separator, or a version; its reading is unsure.
    if (num.includes('.') && num.endsWith('0')) continue;
    const final = numberFinal(num);
    const particle = m[2]!;
    // 이 is judged after an open reading only (2이 → 2가), 와 after a closed one (10와 → 10과).
    if (particle === '이' && final !== '') continue;
    if (particle === '와' && final === '') continue;
    const after = m.index! + num.length;
    const mismatch = checkParticleAfterFinals([final === 'ㅇ' ? 'ㄴ' : final], text.slice(after, after + 8));
    if (!mismatch) continue;
    out.push({ word: num, found: mismatch.found, expected: mismatch.expected, start: m.index!, end: after + mismatch.end });
  }
  return out;
}
