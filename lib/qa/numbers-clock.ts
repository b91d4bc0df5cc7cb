// Two slips the value match cannot see, because the figure itself is kept:
// - the half of the day: “4:40 a.m.” written 오후 4시 40분 (or 9 p.m. as 오전 9시). Korean news puts
//   오전/새벽/아침 before a morning hour and 오후/저녁 (밤 from six) before an afternoon or evening one;
//   a Korean hour whose word says the other half than every source time of that hour and minute is
//   flagged. Noon and midnight (12), 낮 and a 밤 before six are not judged;
// - the length of a period: “six months” written 6년, “three weeks” 3개월. A Korean count of years,
//   months or weeks is flagged when the source gives that figure with another of these units only,
//   and the Korean has that figure with the source's unit nowhere (18 months as 1년 6개월 passes: the
//   source has no 1 or 6 with a unit).
import type { SourceNumber } from './numbers-en';
import { extractKoreanNumbers } from './numbers-ko';
import { makeIssue, q } from './shared';
import { PARTICLE_PAIRS, particleFor } from '../names/particles';
import type { QaIssue, QaLocale } from './types';

const ID = 'numbers';
const EN_TIME_RE = /\b(\d{1,2})(?::(\d{2}))?\s?([ap])\.?m\.?(?![a-z])/gi;
const KO_TIME_RE = /(?<![가-힣])(오전|오후|새벽|아침|저녁|밤)\s?(\d{1,2})시(?:\s?(\d{1,2})분|\s?반)?/g;
const AM_WORDS = new Set(['오전', '새벽', '아침']);

function meridiemSlips(source: string, target: string, locale: QaLocale): QaIssue[] {
  if (!/\d\s?[ap]\.?m\b/i.test(source) || !/시/.test(target)) return [];
  // Source times by "hour:minute" → the halves they are given in.
  const halves = new Map<string, Set<string>>();
  for (const m of source.matchAll(EN_TIME_RE)) {
    const key = `${Number(m[1])}:${Number(m[2] ?? 0)}`;
    if (!halves.has(key)) halves.set(key, new Set());
    halves.get(key)!.add(m[3]!.toLowerCase());
  }
  const out: QaIssue[] = [];
  for (const m of target.matchAll(KO_TIME_RE)) {
    const hour = Number(m[2]);
    if (hour === 12 || hour === 0 || hour > 12 || (m[1] === '밤' && hour < 6)) continue;
    const minute = m[0].endsWith('반') ? 30 : Number(m[3] ?? 0);
    const given = halves.get(`${hour}:${minute}`);
    const half = AM_WORDS.has(m[1]!) ? 'a' : 'p';
    if (!given || given.has(half)) continue;
    const want = half === 'a' ? 'p.m.' : 'a.m.';
    out.push(
      makeIssue(ID, locale, {
        severity: 'error',
        key: `meridiem:${hour}:${minute}`,
        targetSpan: { start: m.index!, end: m.index! + m[0].length },
        message: {
          en: `${q(m[0])}: the source gives this time as ${want} (${want === 'a.m.' ? '오전' : '오후'}).`,
          ko: `${q(m[0])}: 원문의 시각은 ${want === 'a.m.' ? '오전(a.m.)' : '오후(p.m.)'}입니다.`,
        },
      }),
    );
  }
  return out;
}

type Period = 'year' | 'month' | 'week';
const EN_PERIOD_AFTER = /^[\s-]+(years?|months?|weeks?)\b(?![\s-]+old\b|-old\b)/i;
const KO_PERIOD_AFTER: [RegExp, Period][] = [
  [/^\s?년(?!도|생|대)/, 'year'],
  [/^\s?(?:개월|달)/, 'month'],
  [/^\s?주(?:간|일)?(?![가-힣])|^\s?주(?:간|일)?[은는이을의에도째만]/, 'week'],
];
const KO_NAME: Record<Period, string> = { year: '년', month: '개월', week: '주' };
const EN_NAME: Record<Period, string> = { year: 'years', month: 'months', week: 'weeks' };

function periodSlips(source: string, target: string, required: readonly SourceNumber[], locale: QaLocale): QaIssue[] {
  if (!/\b(?:years?|months?|weeks?)\b/i.test(source)) return [];
  const given = new Map<number, Set<Period>>();
  for (const s of required) {
    const m = EN_PERIOD_AFTER.exec(source.slice(s.end, s.end + 14));
    if (!m) continue;
    const unit = m[1]!.toLowerCase().replace(/s$/, '') as Period;
    if (!given.has(s.value)) given.set(s.value, new Set());
    given.get(s.value)!.add(unit);
  }
  if (given.size === 0) return [];
  const written = new Map<number, { unit: Period; start: number; end: number }[]>();
  for (const t of extractKoreanNumbers(target)) {
    if (t.value >= 100 || !given.has(t.value)) continue;
    const after = target.slice(t.end, t.end + 4);
    const hit = KO_PERIOD_AFTER.find(([re]) => re.test(after));
    if (!hit) continue;
    const len = /^\s?(?:개월|주간|주일)/.test(after) ? after.match(/^\s?../)![0].length : after.match(/^\s?./)![0].length;
    if (!written.has(t.value)) written.set(t.value, []);
    written.get(t.value)!.push({ unit: hit[1], start: t.start, end: t.end + len });
  }
  const out: QaIssue[] = [];
  for (const [value, ws] of written) {
    const units = given.get(value)!;
    for (const w of ws) {
      if (units.has(w.unit)) continue;
      // The source's unit for this figure written somewhere in the Korean: a second figure, not a slip.
      if (ws.some((o) => units.has(o.unit))) continue;
      const want = [...units][0]!;
      const text = target.slice(w.start, w.end);
      out.push(
        makeIssue(ID, locale, {
          severity: 'error',
          key: `period:${value}:${w.unit}`,
          targetSpan: { start: w.start, end: w.end },
          message: {
            en: `${q(text)}: the source gives ${value} ${EN_NAME[want]}, not ${EN_NAME[w.unit]}.`,
            ko: `${q(text)}: 원문은 ${value}${KO_NAME[w.unit]}${particleFor(KO_NAME[w.unit], PARTICLE_PAIRS.subject)} 아니라 ${value}${KO_NAME[want]}입니다.`,
          },
        }),
      );
    }
  }
  return out;
}

/** The half of the day and the length of a period, where the figure itself is kept. */
export function clockIssues(source: string, target: string, required: readonly SourceNumber[], locale: QaLocale): QaIssue[] {
  return [...meridiemSlips(source, target, locale), ...periodSlips(source, target, required, locale)];
}
