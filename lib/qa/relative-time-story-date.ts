// Relative time against the story's own date (its dateline with its year: story-month.ts) where the English gives
// the month or the year outright and the Korean counts it from the story's date, as news does:
// - "Monday, Nov. 30" in a story of 10 December is 지난달 30일; 이달 30일 moves the day into December;
// - "April 2025" in a story of 2026 is 지난해 4월; 올해 4월 moves it a year.
// - "Nov. 27" in that story as a bare 27일, with no month anywhere in the Korean segment, reads as 27
//   December.
// Otherwise only a Korean word that says the wrong month or year is reported: a date written out
// (11월 30일, 2025년 4월) or left out is the numbers check's.
import type { SegmentCheck } from './check';
import { makeIssue, q } from './shared';
import { PARTICLE_PAIRS, particleFor } from '../names/particles';
import { yearWordOffsets } from './story-month';
import type { QaIssue } from './types';

const ID = 'relative-time';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_DAY_RE =
  /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (\d{1,2})(?!\d)(?!,? (?:19|20)\d\d)/g;
const KO_MONTH_WORD_DAY_RE = /(?<![가-힣])(지난 ?달|이달|이번 ?달|다음 ?달|내달)\s?(\d{1,2})(?!\d)/g;
const offsetOf = (word: string) => (word.startsWith('지난') ? -1 : word.startsWith('이') ? 0 : 1);
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SAY = ['지난달', '이달', '다음 달'];
// A year the English names (in 2025, April 2025), not a figure (2,025) nor a name's (Expo 2025, Vision 2030).
const YEAR_RE = /(?<![\d,.$#-])((?:19|20)\d\d)(?![\d,.]\d|-\d|\s?(?:won|dollars|votes|people))/g;
const NAME_BEFORE = /(?:^|\s)([A-Z][A-Za-z]*) $/;
const MONTH_NAME = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const KO_YEAR_WORDS = ['재작년', '지난해', '올해', '내년', '내후년'];

const monthOfWord = (story: number, off: number) => ((story - 1 + off + 12) % 12) + 1;

function monthSlips(source: string, target: string, story: number, issue: (k: string, en: string, ko: string) => QaIssue): QaIssue[] {
  if (!/\d/.test(source) || !/달\s?\d/.test(target)) return [];
  const said = [...target.matchAll(KO_MONTH_WORD_DAY_RE)].map((m) => ({ word: m[1]!, day: Number(m[2]), off: offsetOf(m[1]!) }));
  const out: QaIssue[] = [];
  for (const m of source.matchAll(MONTH_DAY_RE)) {
    const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
    const day = Number(m[2]);
    if (new RegExp(`(?<!\\d)${month}월\\s?${day}일`).test(target)) continue;
    const same = said.filter((s) => s.day === day);
    if (!same.length || same.some((s) => monthOfWord(story, s.off) === month)) continue;
    const want = [-1, 0, 1].find((off) => monthOfWord(story, off) === month);
    const fix = want === undefined ? `${month}월 ${day}일` : `${SAY[want + 1]} ${day}일`;
    const w = `${same[0]!.word} ${day}일`;
    out.push(
      issue(
        `story-month:${month}-${day}:${same[0]!.word}`,
        `${q(m[0])} is rendered ${q(w)}, but counted from the story's date (${MONTH_EN[story - 1]}) that is ${q(fix)}.`,
        `원문의 ${q(m[0])}${particleFor(m[0], PARTICLE_PAIRS.object)} ${q(w)}로 옮겼지만 기사 날짜(${story}월)로 세면 ${q(fix)}입니다.`,
      ),
    );
  }
  return out;
}

// A day of another month written as a bare day: "Friday, Nov. 27" in a story of 10 December as 27일,
// which Korean news reads as a day of the story's own month (27 December, still to come). Only when the
// Korean names no month in the segment at all (no 11월, 지난달, 이달…): one it names is the month
// it means, and a date left out is the numbers check's.
const KO_ANY_MONTH_RE = /\d\s?월|(?<![가-힣])(?:지난 ?달|이달|이번 ?달|다음 ?달|내달|전달|그달|같은 달)/;

function bareDaySlips(source: string, target: string, story: number, issue: (k: string, en: string, ko: string) => QaIssue): QaIssue[] {
  if (!/\d일/.test(target) || KO_ANY_MONTH_RE.test(target)) return [];
  const out: QaIssue[] = [];
  for (const m of source.matchAll(MONTH_DAY_RE)) {
    const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
    const day = Number(m[2]);
    if (month === story || !new RegExp(`(?<![\\d~∼–—.,-])${day}일(?!간|째|\\s?동안|치|분)`).test(target)) continue;
    const want = [-1, 0, 1].find((off) => monthOfWord(story, off) === month);
    const fix = want === undefined ? `${month}월 ${day}일` : `${SAY[want + 1]} ${day}일`;
    out.push(
      issue(
        `story-month-bare:${month}-${day}`,
        `${q(m[0])} is rendered ${q(`${day}일`)} with no month, which reads as day ${day} of the story's own month (${MONTH_EN[story - 1]}); write ${q(fix)}.`,
        `원문의 ${q(m[0])}${particleFor(m[0], PARTICLE_PAIRS.object)} 달 없이 ${q(`${day}일`)}로 옮겨 기사 날짜의 달(${story}월) ${day}일로 읽힙니다. ${q(fix)}${particleFor(fix, PARTICLE_PAIRS.direction)} 써야 합니다.`,
      ),
    );
  }
  return out;
}

function yearSlips(source: string, target: string, story: number, issue: (k: string, en: string, ko: string) => QaIssue): QaIssue[] {
  if (!/(?:19|20)\d\d/.test(source)) return [];
  const offsets = yearWordOffsets(target);
  if (!offsets.length) return [];
  const out: QaIssue[] = [];
  for (const m of source.matchAll(YEAR_RE)) {
    const year = Number(m[1]);
    const before = NAME_BEFORE.exec(source.slice(Math.max(0, m.index - 16), m.index))?.[1];
    if (before && !MONTH_NAME.test(before) && before !== 'In') continue;
    const off = year - story;
    if (off < -2 || off > 2 || target.includes(m[1]!) || offsets.includes(off)) continue;
    const said = KO_YEAR_WORDS[offsets[0]! + 2]!;
    const fix = KO_YEAR_WORDS[off + 2]!;
    out.push(
      issue(
        `story-year:${year}:${said}`,
        `${q(m[1]!)} is rendered ${q(said)}, but counted from the story's year (${story}) it is ${q(fix)}.`,
        `원문의 ${q(m[1]!)}년을 ${q(said)}${particleFor(said, PARTICLE_PAIRS.direction)} 옮겼지만 기사 연도(${story}년)로 세면 ${q(fix)}입니다.`,
      ),
    );
  }
  return out;
}

// A month the English names without a year ("formed in October") is the latest such month for a
// past event or the next for one to come: in a story of December, October is 올해 10월 (or, to come,
// 내년 10월), never 지난해 10월; in a story of March, October is 지난해 or 올해, never 내년.
const KO_YEAR_MONTH_RE = /(?<![가-힣])(재작년|지지난해|지난해|작년|올해|금년|올|내년|명년|내후년)\s?(\d{1,2})월/g;
const KO_YEAR_OFFSET: Record<string, number> = {
  재작년: -2,
  지지난해: -2,
  지난해: -1,
  작년: -1,
  올해: 0,
  금년: 0,
  올: 0,
  내년: 1,
  명년: 1,
  내후년: 2,
};
const MONTH_NAME_RE =
  /\b(?:in|since|from|until|by|of|during|last|this|next|early|mid|late|end of)\s+(?:mid-|early |late )?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!,? (?:19|20)\d\d| \d)/gi;
const SOURCE_YEAR_RE = /\byears?\b|\b(?:19|20)\d\d\b|\bdecade/i;

function monthYearSlips(source: string, target: string, story: number, issue: (k: string, en: string, ko: string) => QaIssue): QaIssue[] {
  if (SOURCE_YEAR_RE.test(source) || !/\d월/.test(target)) return [];
  const named = new Map<number, string>();
  for (const m of source.matchAll(MONTH_NAME_RE)) named.set(MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, m[1]!);
  const out: QaIssue[] = [];
  for (const m of target.matchAll(KO_YEAR_MONTH_RE)) {
    const month = Number(m[2]);
    const name = named.get(month);
    if (!name) continue;
    const off = KO_YEAR_OFFSET[m[1]!]!;
    const plausible = month <= story ? [0, 1] : [-1, 0];
    if (plausible.includes(off)) continue;
    out.push(
      issue(
        `story-month-year:${month}:${m[1]}`,
        `${q(name)} (no year in the source) is rendered ${q(m[0])}, but counted from the story's date (${MONTH_EN[story - 1]}) it is this year's or the next ${name}.`,
        `원문의 ${q(name)}에는 연도가 없는데 ${q(m[0])}로 옮겼습니다. 기사 날짜(${story}월)로 세면 올해나 내년 ${month}월입니다.`,
      ),
    );
  }
  return out;
}

// 내후년 and 재작년 need a year two away in the English (the year after next, in two years, 2028);
// when the Korean also has 내년 or 지난해 the main check takes the English's next or last year as
// rendered, and the shifted one is this pass's.
const TWO_YEARS_KO: [RegExp, RegExp, RegExp][] = [
  [/(?<![가-힣])내후년/, /(?<![가-힣])내년/, /year after next|two years|2 years|\b(?:19|20)\d\d\b/i],
  [/(?<![가-힣])(?:재작년|지지난해)/, /(?<![가-힣])(?:지난해|작년)/, /year before last|two years|2 years|\b(?:19|20)\d\d\b/i],
];
function twoYearSlips(source: string, target: string, issue: (k: string, en: string, ko: string) => QaIssue): QaIssue[] {
  const out: QaIssue[] = [];
  for (const [far, near, support] of TWO_YEARS_KO) {
    const m = far.exec(target);
    if (!m || !near.test(target) || support.test(source) || !/\byear\b/i.test(source)) continue;
    out.push(
      issue(
        `two-years:${m[0]}`,
        `${q(m[0])} is two years away, but the source names no such year.`,
        `${q(m[0])}${particleFor(m[0], PARTICLE_PAIRS.topic)} 2년 떨어진 해인데 원문에는 그런 해가 없습니다.`,
      ),
    );
  }
  return out;
}

export const storyDateCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const { sourceText: source, targetText: target } = segment;
    if (!/[가-힣]/.test(target)) return [];
    const issue = (key: string, en: string, ko: string) => makeIssue(ID, ctx.locale, { severity: 'error', key, message: { en, ko } });
    const month = ctx.storyMonth?.() ?? null;
    const year = ctx.storyYear?.() ?? null;
    // The month is judged only against a dateline that gives its year: a story's first dated weekday
    // may be a date to come ("takes effect on Saturday, Jan. 9").
    return [
      ...(month === null || year === null ? [] : monthSlips(source, target, month, issue)),
      ...(month === null || year === null ? [] : bareDaySlips(source, target, month, issue)),
      ...(year === null ? [] : yearSlips(source, target, year, issue)),
      ...(month === null || year === null ? [] : monthYearSlips(source, target, month, issue)),
      ...(/[년후]/.test(target) ? twoYearSlips(source, target, issue) : []),
    ];
  },
};
