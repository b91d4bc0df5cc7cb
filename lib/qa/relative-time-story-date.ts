// Relative time against the story's own date (its dateline with its year: story-month.ts) where the English gives
// the month or the year outright and the Korean counts it from the story's date, as news does:
// - "Monday, Nov. 30" in a story of 10 December is 지난달 30일; 이달 30일 moves the day into December;
// - "April 2025" in a story of 2026 is 지난해 4월; 올해 4월 moves it a year.
// Only a Korean word that says the wrong month or year is reported: a date written out (11월 30일,
// 2025년 4월) or left out is the numbers check's.
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

export const storyDateCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const { sourceText: source, targetText: target } = segment;
    if (!/\d/.test(source) || !/[가-힣]/.test(target)) return [];
    const issue = (key: string, en: string, ko: string) => makeIssue(ID, ctx.locale, { severity: 'error', key, message: { en, ko } });
    const month = ctx.storyMonth?.() ?? null;
    const year = ctx.storyYear?.() ?? null;
    // The month is judged only against a dateline that gives its year: a story's first dated weekday
    // may be a date to come ("takes effect on Saturday, Jan. 9").
    return [
      ...(month === null || year === null ? [] : monthSlips(source, target, month, issue)),
      ...(year === null ? [] : yearSlips(source, target, year, issue)),
    ];
  },
};
