// Parts of the relative-time check (relative-time.ts): the Korean and English patterns of a part of a
// year (early / late), every match of a pattern, "n units ago" shifted to another period and a part
// of the year turned into the other.
// The part of a year: "early next year" is 내년 초 (상반기), not 내년 말 (하반기), and the other way.
// Korean time words stand alone: no Hangul syllable before them.
import { EN_ONES } from '../text/number-words-en';

const B = '(?<![가-힣])';
const EARLY_EN =
  /\b(?:early|the (?:start|beginning|first half) of) (?:next|this|last|the) year\b|\bearl(?:y|ier) in the year\b|\bthe first half\b/i;
const LATE_EN =
  /\b(?:late|the (?:end|second half) of) (?:next|this|last|the) year\b|\blater (?:this|next|in the) year\b|\byear[- ]end\b|\bthe second half\b/i;
const YEAR_KO = '(?:내년|올해|올|금년|지난해|작년|이듬해)';
const EARLY_KO = new RegExp(`${B}(?:${YEAR_KO} ?(?:초|상반기|봄)|연초)`, 'g');
const LATE_KO = new RegExp(`${B}(?:${YEAR_KO} ?(?:말|하반기|연말|겨울)|연말)`, 'g');

export interface Hit {
  start: number;
  end: number;
  text: string;
}
/** Every match of a global pattern (an exec loop: matchAll copies the pattern on each call, and
 *  this runs some twenty patterns per segment). No pattern here matches the empty string. */
export function hits(re: RegExp, text: string): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

// "Three years ago", "six months earlier": a count of periods back, 3년 전 / 6개월 전 / 석 달 전 / 사흘
// 전 in Korean. (One year, month or week ago and two years ago are periods of their own above.) When
// the Korean has no such count of the same unit but shows a relative period the source does not
// account for (three years ago → 지난해), the time was shifted.
const COUNT_WORDS: Record<string, number> = {
  ...Object.fromEntries(Object.entries(EN_ONES).filter(([, v]) => v <= 10)),
  'a dozen': 12,
};
const AGO_EN = /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen) (year|month|week|day)s (?:ago|earlier)\b/gi;
const KO_COUNT: Record<number, string> = {
  2: '두|이',
  3: '세|석|삼',
  4: '네|넉|사',
  5: '다섯|오',
  6: '여섯|육',
  7: '일곱|칠',
  8: '여덟|팔',
  9: '아홉|구',
  10: '열|십',
  12: '열두|십이',
};
const KO_DAYS: Record<number, string> = {
  2: '이틀',
  3: '사흘',
  4: '나흘',
  5: '닷새',
  6: '엿새',
  7: '이레',
  8: '여드레',
  9: '아흐레',
  10: '열흘',
  12: '열이틀',
};
const KO_UNIT: Record<string, string> = { year: '년|해', month: '개월|달', week: '주일?', day: '일' };
/** The Korean forms of "n units ago": the count (digits or words) and the unit, 전/앞서 after it or not. */
function agoKo(n: number, unit: string): RegExp {
  const count = `(?:${n}|${KO_COUNT[n] ?? String(n)})`;
  const days = unit === 'day' && KO_DAYS[n] ? `|${KO_DAYS[n]}` : '';
  return new RegExp(`(?<![\\d가-힣])(?:${count} ?(?:${KO_UNIT[unit]})${days})`);
}
const UNIT_PERIODS: Record<string, string[]> = {
  year: ['last-year', 'year-before-last', 'this-year', 'that-year'],
  month: ['last-month', 'this-month', 'that-month'],
  week: ['last-week', 'this-week'],
  day: ['yesterday', 'day-before-yesterday'],
};

interface AgoShift {
  source: Hit;
  target: Hit;
  expected: string;
}
/** "n units ago" whose count is gone from the Korean, which names another period instead. */
export function agoShifts(src: string, tgt: string, extra: (id: string) => Hit | undefined): AgoShift[] {
  const out: AgoShift[] = [];
  AGO_EN.lastIndex = 0;
  for (let m = AGO_EN.exec(src); m; m = AGO_EN.exec(src)) {
    const word = m[1]!.toLowerCase();
    const n = /^\d+$/.test(word) ? Number(word) : COUNT_WORDS[word]!;
    const unit = m[2]!.toLowerCase();
    // Two years ago (재작년) is a period of its own.
    if (n < 2 || (unit === 'year' && n === 2)) continue;
    if (agoKo(n, unit).test(tgt)) continue;
    for (const id of UNIT_PERIODS[unit]!) {
      const t = extra(id);
      if (!t) continue;
      out.push({
        source: { start: m.index, end: m.index + m[0].length, text: m[0] },
        target: t,
        expected: `${n}${unit === 'year' ? '년' : unit === 'month' ? '개월' : unit === 'week' ? '주' : '일'} 전`,
      });
      break;
    }
  }
  return out;
}

// A count of periods turned the other way: “two years ago” written 2년 뒤, “three months later” or
// “in five years” written 3개월 전 / 5년 전. The count and the unit are kept, so neither the numbers
// check nor the periods above see a change. Judged where the Korean has the count and unit with the
// other direction's word and never with the right one.
const BACK_EN = /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a dozen) (year|month|week|day)s? (?:ago|earlier|before)\b/gi;
const FORWARD_EN =
  /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a dozen) (year|month|week|day)s? (?:later|from now|after|on|hence)\b|\bin (\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a dozen) (year|month|week|day)s?(?:['’]? time)?\b(?! (?:ago|earlier|before|later|after))/gi;
const countOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : /^an?$|^one$/i.test(word) ? 1 : COUNT_WORDS[word.toLowerCase()]);
/** The Korean count and unit (2년, 두 해, 석 달, 이틀) followed by a direction word. */
function countedKo(n: number, unit: string, after: string): RegExp {
  const count = n === 1 ? '(?:1|한)' : `(?:${n}|${KO_COUNT[n] ?? String(n)})`;
  const days = unit === 'day' && (n === 1 ? '하루' : KO_DAYS[n]) ? `|${n === 1 ? '하루' : KO_DAYS[n]}` : '';
  return new RegExp(`(?<![\\d가-힣])(?:${count} ?(?:${KO_UNIT[unit]})${days}) ?(?:${after})(?![가-힣])`);
}

export interface DirectionFlip {
  source: Hit;
  target: Hit;
  expected: string;
}
/** Counts of periods back written forward in the Korean, and forward written back. */
export function directionFlips(src: string, tgt: string): DirectionFlip[] {
  if (!/[전뒤후]/.test(tgt)) return [];
  const out: DirectionFlip[] = [];
  for (const [re, want, wrong] of [
    [BACK_EN, '전', '뒤|후'],
    [FORWARD_EN, '뒤|후|만', '전'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(src); m; m = re.exec(src)) {
      const n = countOf(m[1] ?? m[3]!);
      const unit = (m[2] ?? m[4]!).toLowerCase();
      if (n === undefined || n > 12 || !KO_UNIT[unit]) continue;
      if (countedKo(n, unit, want).test(tgt)) continue;
      const t = countedKo(n, unit, wrong).exec(tgt);
      if (!t) continue;
      const unitKo = unit === 'year' ? '년' : unit === 'month' ? '개월' : unit === 'week' ? '주' : '일';
      out.push({
        source: { start: m.index, end: m.index + m[0].length, text: m[0] },
        target: { start: t.index, end: t.index + t[0].length, text: t[0] },
        expected: `${n}${unitKo} ${want === '전' ? '전' : '뒤'}`,
      });
    }
  }
  return out;
}

/** "early next year" rendered 내년 말 (or "late" rendered 초): the Korean names only the other part. */
export function yearPart(
  src: string,
  tgt: string,
): {
  key: string;
  source: { start: number; end: number };
  target: { start: number; end: number };
  sourceText: string;
  targetText: string;
} | null {
  const early = EARLY_EN.exec(src);
  const late = LATE_EN.exec(src);
  if (!early === !late) return null;
  const want = early ? EARLY_KO : LATE_KO;
  const other = early ? LATE_KO : EARLY_KO;
  if (hits(want, tgt).length > 0) return null;
  const t = hits(other, tgt)[0];
  if (!t) return null;
  const s = (early ?? late)!;
  return {
    key: early ? 'part:early->late' : 'part:late->early',
    source: { start: s.index, end: s.index + s[0].length },
    target: { start: t.start, end: t.end },
    sourceText: s[0],
    targetText: t.text,
  };
}
