// “A bowl and a half”, “an hour and a half”, “two and a half years”: Korean writes the whole and 반
// after its counter (한 공기 반, 한 시간 반, 2년 반). The whole is a native numeral or digits the value
// match cannot weigh (native numerals never count as extra, and 반 is no digit), so a changed whole —
// 두 공기 반 for a bowl and a half — passes unseen. Where the English gives such amounts, a Korean
// “N counter 반” whose N + ½ the English does not give is flagged. Not a clock time (다섯 시 반 is
// 5:30), nor 반 without a counter (2반 is a class).
import { makeIssue, q } from './shared';
import type { QaIssue, QaLocale } from './types';

const ID = 'numbers';
const EN_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
// A count, up to two words (the noun: a bowl, an hour, a cup of tea), then “and a half”.
const EN_HALF_RE = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+[a-z]+){0,2}?\s+and\s+a\s+half\b/gi;
const KO_WORDS: Record<string, number> = { 한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10 };
const KO_HALF_RE =
  /(?<![가-힣\d.])(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|\d{1,3})\s?([가-힣]{1,3})\s반(?=[은는이가을를의에도만씩쯤가량정도]|\s|$|[,.)”’])|(?<![가-힣\d.])(\d{1,3})\s?(년|개월|시간|주|달|배|공기|그릇|잔|병|컵)\s?반(?=[은는이가을를의에도만씩쯤가량정도]|\s|$|[,.)”’])/g;

export function halfIssues(source: string, target: string, locale: QaLocale): QaIssue[] {
  if (!/and\s+a\s+half/i.test(source) || !target.includes('반')) return [];
  const given = new Set<number>();
  EN_HALF_RE.lastIndex = 0;
  for (let m = EN_HALF_RE.exec(source); m; m = EN_HALF_RE.exec(source)) {
    const w = m[1]!.toLowerCase();
    given.add((EN_WORDS[w] ?? Number(w)) + 0.5);
  }
  if (given.size === 0) return [];
  const out: QaIssue[] = [];
  KO_HALF_RE.lastIndex = 0;
  for (let m = KO_HALF_RE.exec(target); m; m = KO_HALF_RE.exec(target)) {
    const whole = m[1] ?? m[3]!;
    const counter = m[2] ?? m[4]!;
    if (counter === '시' || counter === '학년') continue;
    const value = (KO_WORDS[whole] ?? Number(whole)) + 0.5;
    if (given.has(value)) continue;
    const want = [...given].join(', ');
    out.push(
      makeIssue(ID, locale, {
        severity: 'error',
        key: `half:${value}`,
        targetSpan: { start: m.index, end: m.index + m[0].length },
        message: {
          en: `${q(m[0])} is ${value}, but the source gives ${want} (“… and a half”).`,
          ko: `${q(m[0])}: ${value}에 해당하지만 원문은 ${want}입니다(“… and a half”).`,
        },
      }),
    );
  }
  return out;
}
