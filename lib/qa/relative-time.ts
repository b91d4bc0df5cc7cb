// Relative time: "this year / next year / last month / by the end of the year" must keep their
// meaning in Korean (올해 / 내년 / 지난달 / 연내). A shifted year is as serious as a wrong date, and
// the numbers check cannot see it. A time word of the source that lost its counterpart while the
// Korean shows a different time word (the source said "last month", the Korean 이달) is an error;
// a time word the translator merely added or left implicit is not flagged.
import type { SegmentCheck } from './check';
import { makeIssue, q, uniqueKeys } from './shared';
import type { QaIssue, QaLocale } from './types';
import { PARTICLE_PAIRS, particleFor } from '../names/particles';
import { agoShifts, directionFlips, type Hit, hits, yearPart } from './relative-time-parts';
import { monthTenseSlips } from './relative-time-months';

const ID = 'relative-time';

interface Period {
  id: string;
  en: RegExp;
  ko: RegExp;
  /** Korean forms of other periods that also render this one (연내 for "this year"). */
  alsoAccepts?: string[];
  /** A readable Korean form for messages. */
  label: string;
  /** Words one of which every English form holds, when not the unit word of its id (year, month …). */
  units?: string[];
  /** A day word (yesterday, today, tomorrow …): today is judged only against other day words. */
  day?: boolean;
}

const B = '(?<![가-힣])';
const PERIODS: Period[] = [
  {
    id: 'year-end',
    // “By”, “before” or “until” the end of the year: 연내, 연말까지.
    en: /\b(?:by|before|until|till) (?:the )?(?:end of (?:the|this) year|year[- ]end|the year(?:'s|’s) end)\b|\bwithin the year\b|\bbefore the (?:end of the )?year is out\b|\blater this year\b/gi,
    ko: new RegExp(`${B}(?:연내|연말|올해 ?(?:안|중|말|하반기)|올 ?(?:연말|하반기))`, 'g'),
    alsoAccepts: ['this-year'],
    label: '연내',
  },
  {
    id: 'this-year',
    // “Since the start of the year” is this year's start (연초, 올 들어) in a news story.
    en: /\b(?:this|the current) year(?:'s|’s)?\b|\bearlier in the year\b|\bthe (?:start|beginning) of (?:the|this) year\b/gi,
    ko: new RegExp(`${B}(?:올해|금년|연초|올(?= ?(?:들어|상반기|봄|여름|가을|겨울|초|시즌)))`, 'g'),
    alsoAccepts: ['year-end'],
    label: '올해',
  },
  {
    id: 'next-year',
    en: /\b(?:next|the following|the coming) year\b/gi,
    ko: new RegExp(`${B}(?:내년|이듬해|다음 ?해|명년)`, 'g'),
    label: '내년',
  },
  {
    id: 'last-year',
    // “Up 19.3 percent from a year earlier” is the year before the story's (전년보다).
    en: /\b(?:last|the previous) year\b|\ba year (?:ago|earlier)\b/gi,
    ko: new RegExp(`${B}(?:지난 ?해|작년|전년|1년 전|한 해 전)`, 'g'),
    label: '지난해',
  },
  {
    id: 'year-before-last',
    en: /\bthe year before last\b|\btwo years (?:ago|earlier)\b/gi,
    ko: new RegExp(`${B}(?:재작년|지지난 ?해|2년 전|두 해 전)`, 'g'),
    label: '재작년',
  },
  {
    id: 'year-after-next',
    en: /\bthe year after next\b|\bin two years(?:'|’)? time\b/gi,
    ko: new RegExp(`${B}(?:내후년|후년)`, 'g'),
    label: '내후년',
  },
  {
    // “In October of that year” (그해 10월) in a story about the past: 이듬해 for it moves the event a year.
    id: 'that-year',
    en: /\b(?:that|the same) year\b/gi,
    ko: new RegExp(`${B}(?:그 ?해|같은 해|당해|동년)(?=[\\s,.에의는도부까]|$)`, 'g'),
    label: '그해',
  },
  {
    id: 'that-month',
    en: /\b(?:that|the same) month\b/gi,
    ko: new RegExp(`${B}(?:그 ?달|같은 달|당월)(?=[\\s,.에의는도부까]|$)`, 'g'),
    label: '그달',
  },
  {
    id: 'this-month',
    en: /\bthis month\b|\b(?:later|earlier) in the month\b|\bend of the month\b/gi,
    ko: new RegExp(`${B}(?:이달|이번 ?달|금월|월말)`, 'g'),
    label: '이달',
  },
  {
    id: 'next-month',
    en: /\b(?:next|the following|the coming) month\b/gi,
    ko: new RegExp(`${B}(?:다음 ?달|내달|새달)`, 'g'),
    label: '다음 달',
  },
  {
    id: 'last-month',
    en: /\b(?:last|the previous) month\b|\ba month (?:ago|earlier)\b/gi,
    ko: new RegExp(`${B}(?:지난 ?달|전월|한 달 전|1개월 전)`, 'g'),
    label: '지난달',
  },
  {
    id: 'this-week',
    en: /\bthis week\b|\bwithin the week\b|\b(?:by )?the end of the week\b/gi,
    ko: new RegExp(`${B}(?:이번 ?주|금주|(?<!(?:지난|다음|지지난) ?)주말|주중)`, 'g'),
    label: '이번 주',
  },
  // A weekend counted from the story's week (this weekend → 이번 주말, last weekend → 지난 주말).
  {
    id: 'this-weekend',
    en: /\b(?:this|this coming|the coming) weekend\b/gi,
    ko: new RegExp(`${B}(?<!(?:지난|다음|지지난) ?)(?:(?:이번|오는) ?)?주말`, 'g'),
    alsoAccepts: ['this-week'],
    label: '이번 주말',
  },
  {
    id: 'last-weekend',
    en: /\b(?:last|the previous|the past) weekend\b/gi,
    ko: new RegExp(`${B}지난 ?주말`, 'g'),
    label: '지난 주말',
  },
  {
    id: 'next-weekend',
    en: /\b(?:next|the following) weekend\b/gi,
    ko: new RegExp(`${B}다음 ?주말`, 'g'),
    label: '다음 주말',
  },
  {
    id: 'next-week',
    en: /\b(?:next|the following|the coming) week\b/gi,
    ko: new RegExp(`${B}(?:다음 ?주(?!말)|내주|차주)`, 'g'),
    label: '다음 주',
  },
  {
    id: 'last-week',
    en: /\b(?:last|the previous) week\b|\ba week ago\b/gi,
    ko: new RegExp(`${B}(?:지난 ?주(?!말)|전주|일주일 전)`, 'g'),
    label: '지난주',
  },
  // Quarters of a company's year (last quarter → 지난 분기, 전 분기): 이번 분기 for it moves the figures.
  {
    id: 'this-quarter',
    en: /\b(?:this|the current) quarter\b/gi,
    ko: new RegExp(`${B}(?:이번 ?분기|금분기|이 분기)`, 'g'),
    label: '이번 분기',
    units: ['quarter'],
  },
  {
    id: 'next-quarter',
    en: /\b(?:next|the following|the coming) quarter\b/gi,
    ko: new RegExp(`${B}(?:다음 ?분기)`, 'g'),
    label: '다음 분기',
    units: ['quarter'],
  },
  {
    id: 'last-quarter',
    en: /\b(?:last|the previous) quarter\b|\ba quarter (?:ago|earlier)\b/gi,
    ko: new RegExp(`${B}(?:지난 ?분기|직전 ?분기|전 ?분기)`, 'g'),
    label: '지난 분기',
    units: ['quarter'],
  },
  // A sports season (this season → 올 시즌, next season → 다음 시즌): KBO and MLB seasons are calendar
  // years, so Korean news may write the year instead (last season → 지난해), which counts too.
  {
    id: 'this-season',
    en: /\b(?:this|the current) season\b/gi,
    ko: new RegExp(`${B}(?:올 ?시즌|이번 ?시즌|금 ?시즌)`, 'g'),
    alsoAccepts: ['this-year'],
    label: '올 시즌',
    units: ['season'],
  },
  {
    id: 'next-season',
    en: /\b(?:next|the following|the coming) season\b/gi,
    ko: new RegExp(`${B}(?:다음 ?시즌|내년 ?시즌|새 ?시즌|이듬 ?시즌)`, 'g'),
    alsoAccepts: ['next-year'],
    label: '다음 시즌',
    units: ['season'],
  },
  {
    id: 'last-season',
    en: /\b(?:last|the previous) season\b|\ba season (?:ago|earlier)\b/gi,
    ko: new RegExp(`${B}(?:지난 ?시즌|작년 ?시즌|전 ?시즌|직전 ?시즌)`, 'g'),
    alsoAccepts: ['last-year'],
    label: '지난 시즌',
    units: ['season'],
  },
  { id: 'yesterday', en: /\byesterday\b/gi, ko: new RegExp(`${B}(?:어제|전날|전일)`, 'g'), label: '어제', day: true },
  { id: 'tomorrow', en: /\btomorrow\b/gi, ko: new RegExp(`${B}(?:내일|다음 ?날|이튿날|익일)`, 'g'), label: '내일', day: true },
  {
    // Today and its parts (this morning, this afternoon, tonight: 오늘 아침, 오늘 오후, 오늘 밤). “Today”
    // is also “nowadays” (지금은, 요즘): judged only against another day word (어제, 내일), so a
    // Korean 오늘 for a weekday or a “today” rendered 현재 is never a shift of a year or a week.
    id: 'today',
    en: /\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b/gi,
    ko: new RegExp(`${B}(?:오늘|금일)`, 'g'),
    label: '오늘',
    units: ['today', 'tonight', 'this morning', 'this afternoon', 'this evening'],
    day: true,
  },
  {
    id: 'day-before-yesterday',
    en: /\bthe day before yesterday\b/gi,
    ko: new RegExp(`${B}(?:그제|그저께)`, 'g'),
    label: '그제',
    day: true,
  },
  { id: 'day-after-tomorrow', en: /\bthe day after tomorrow\b/gi, ko: new RegExp(`${B}(?:모레)`, 'g'), label: '모레', day: true },
];
const BY_ID = new Map(PERIODS.map((p) => [p.id, p]));
/** Each period's unit words (year, month, week, yesterday, tomorrow; today's own list), read once. */
const UNIT_WORDS = new Map(PERIODS.map((p) => [p.id, p.units ?? [/year|month|week|yesterday|tomorrow/.exec(p.id)![0]]]));
// One pass to skip the segments that have no relative time at all (most of them).
const ANY_EN =
  /\b(?:this|next|last|previous|following|coming|current|that|same) (?:year|month|week|quarter|season)|a season (?:ago|earlier)|(?:start|beginning) of the year|year[- ]end|end of (?:the|this) (?:year|month|week)|within the (?:year|week)|year is out|(?:later|earlier) (?:this|in the) (?:year|month)|yesterday|tomorrow|today|tonight|this (?:morning|afternoon|evening)|a (?:year|month|week|quarter) (?:ago|earlier)|year (?:before last|after next)|two years (?:ago|earlier)|in two years|\b(?:\d+|three|four|five|six|seven|eight|nine|ten|two|a dozen) (?:years|months|weeks|days) (?:ago|earlier)\b/i;

const hasUnitWord = (lower: string) =>
  lower.includes('year') ||
  lower.includes('month') ||
  lower.includes('week') ||
  lower.includes('quarter') ||
  lower.includes('season') ||
  lower.includes('day') ||
  lower.includes('tomorrow') ||
  lower.includes('tonight') ||
  lower.includes('morning') ||
  lower.includes('afternoon') ||
  lower.includes('evening');

/** Hits inside a strictly longer hit, in one sweep over the hits sorted by start (linear after the sort). */
function containedHits(all: Hit[]): Set<Hit> {
  const sorted = [...all].sort((a, b) => a.start - b.start || b.end - a.end);
  const out = new Set<Hit>();
  let maxEndBefore = -1;
  for (let i = 0; i < sorted.length;) {
    const start = sorted[i]!.start;
    const groupEnd = sorted[i]!.end;
    let j = i;
    for (; j < sorted.length && sorted[j]!.start === start; j++) {
      const h = sorted[j]!;
      if (maxEndBefore >= h.end || h.end < groupEnd) out.add(h);
    }
    maxEndBefore = Math.max(maxEndBefore, groupEnd);
    i = j;
  }
  return out;
}

/** A bare month the Korean put on the other side of the story's date (relative-time-months.ts). */
function monthIssues(src: string, tgt: string, locale: QaLocale): QaIssue[] {
  return monthTenseSlips(src, tgt).map((a) =>
    makeIssue(ID, locale, {
      severity: 'error',
      key: `month:${a.source.text}->${a.target.text}`,
      sourceSpan: { start: a.source.start, end: a.source.end },
      targetSpan: { start: a.target.start, end: a.target.end },
      message: {
        en: `${q(a.source.text)} in the source became ${q(a.target.text)} in the translation, against the tense of the English (expected ${q(a.expected)} or the month alone).`,
        ko: `원문의 ${q(a.source.text)}${particleFor(a.source.text, PARTICLE_PAIRS.topic)} 번역문에서 ${q(a.target.text)}${particleFor(a.target.text, PARTICLE_PAIRS.direction)} 바뀌었습니다. 원문의 시제와 맞지 않습니다(${a.expected} 등). 시점을 확인하세요.`,
      },
    }),
  );
}

/** A count of periods turned the other way in time (two years ago → 2년 뒤; relative-time-parts.ts). */
function directionIssues(src: string, tgt: string, locale: QaLocale): QaIssue[] {
  return directionFlips(src, tgt).map((a) =>
    makeIssue(ID, locale, {
      severity: 'error',
      key: `direction:${a.source.text.toLowerCase()}->${a.target.text}`,
      sourceSpan: { start: a.source.start, end: a.source.end },
      targetSpan: { start: a.target.start, end: a.target.end },
      message: {
        en: `${q(a.source.text)} in the source became ${q(a.target.text)} in the translation: the other way in time (expected ${q(a.expected)} or the like).`,
        ko: `원문의 ${q(a.source.text)}${particleFor(a.source.text, PARTICLE_PAIRS.topic)} 번역문에서 ${q(a.target.text)}${particleFor(a.target.text, PARTICLE_PAIRS.direction)} 바뀌어 시간의 방향이 반대가 되었습니다(${a.expected} 등). 시점을 확인하세요.`,
      },
    }),
  );
}

export const relativeTimeCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const src = segment.sourceText;
    // Every match of ANY_EN holds year, month, week, day, tomorrow, tonight or a part of the day
    // (morning, afternoon, evening): a substring search on the lower-cased text skips the long
    // pattern for most segments (toLowerCase keeps every ASCII letter the case-insensitive pattern
    // can match, so no segment with a match is skipped).
    const lower = src.toLowerCase();
    if (!hasUnitWord(lower) || !ANY_EN.test(src))
      return [...monthIssues(src, segment.targetText, ctx.locale), ...directionIssues(src, segment.targetText, ctx.locale)];
    const tgt = segment.targetText;
    const srcHits = new Map<string, Hit[]>();
    // Every English form of a period holds one of its unit words (year, month, week, yesterday,
    // tomorrow; today, tonight, this morning …): a segment without one skips that period's pattern.
    for (const p of PERIODS) srcHits.set(p.id, UNIT_WORDS.get(p.id)!.some((u) => lower.includes(u)) ? hits(p.en, src) : []);
    // "later this year" is both year-end and this-year in English, "the day after tomorrow" holds
    // "tomorrow": a hit inside a longer hit of another period counts once, as the longer one.
    const all = [...srcHits.values()].flat();
    if (all.length > 1) {
      const inner = containedHits(all);
      if (inner.size)
        for (const [id, hs] of srcHits)
          srcHits.set(
            id,
            hs.filter((h) => !inner.has(h)),
          );
    }
    // Korean hits are read on demand: most segments keep their time words and stop early.
    const tgtCache = new Map<string, Hit[]>();
    const tgtHits = { get: (id: string) => tgtCache.get(id) ?? tgtCache.set(id, hits(BY_ID.get(id)!.ko, tgt)).get(id)! };
    const nSrc = (id: string) => srcHits.get(id)!.length;
    const nTgt = (id: string) => tgtHits.get(id).length + (BY_ID.get(id)!.alsoAccepts ?? []).reduce((n, a) => n + tgtHits.get(a).length, 0);
    const issues: QaIssue[] = [];
    for (const p of PERIODS) {
      if (nSrc(p.id) === 0) continue;
      const lost = nSrc(p.id) - nTgt(p.id);
      if (lost <= 0) continue;
      // The Korean shows a period the source does not account for: the time was shifted.
      const shifted = PERIODS.find(
        (d) =>
          d.id !== p.id &&
          !(p.alsoAccepts ?? []).includes(d.id) &&
          // Today is weighed only against another day word (yesterday → 오늘, today → 내일).
          (!(p.id === 'today' || d.id === 'today') || (!!p.day && !!d.day)) &&
          tgtHits.get(d.id).length >
            nSrc(d.id) + (d.alsoAccepts ?? []).reduce((n, a) => n + Math.max(0, nSrc(a) - tgtHits.get(a).length), 0),
      );
      if (!shifted) continue;
      const s = srcHits.get(p.id)![0]!;
      const t = tgtHits.get(shifted.id)[0]!;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: `${p.id}->${shifted.id}`,
          sourceSpan: { start: s.start, end: s.end },
          targetSpan: { start: t.start, end: t.end },
          message: {
            en: `${q(s.text)} in the source became ${q(t.text)} in the translation (expected ${q(p.label)} or the like).`,
            ko: `원문의 ${q(s.text)}에 해당하는 말(${p.label} 등) 대신 번역문에 ${q(t.text)}${particleFor(t.text, PARTICLE_PAIRS.subject)} 있습니다. 시점이 바뀌었는지 확인하세요.`,
          },
        }),
      );
    }
    // A Korean period word beyond what the source's own time words account for.
    const unaccounted = (id: string) => {
      const ts = tgtHits.get(id);
      return ts.length > nSrc(id) + (BY_ID.get(id)!.alsoAccepts ?? []).reduce((n, a) => n + Math.max(0, nSrc(a) - tgtHits.get(a).length), 0)
        ? ts[0]
        : undefined;
    };
    for (const a of agoShifts(src, tgt, unaccounted))
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: `ago:${a.source.text.toLowerCase()}->${a.target.text}`,
          sourceSpan: { start: a.source.start, end: a.source.end },
          targetSpan: { start: a.target.start, end: a.target.end },
          message: {
            en: `${q(a.source.text)} in the source became ${q(a.target.text)} in the translation (expected ${q(a.expected)} or the like).`,
            ko: `원문의 ${q(a.source.text)}에 해당하는 말(${a.expected} 등) 대신 번역문에 ${q(a.target.text)}${particleFor(a.target.text, PARTICLE_PAIRS.subject)} 있습니다. 시점이 바뀌었는지 확인하세요.`,
          },
        }),
      );
    issues.push(...monthIssues(src, tgt, ctx.locale), ...directionIssues(src, tgt, ctx.locale));
    const part = yearPart(src, tgt);
    if (part)
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: part.key,
          sourceSpan: part.source,
          targetSpan: part.target,
          message: {
            en: `${q(part.sourceText)} in the source became ${q(part.targetText)} in the translation (another part of the year).`,
            ko: `원문의 ${q(part.sourceText)}${particleFor(part.sourceText, PARTICLE_PAIRS.topic)} 번역문에서 ${q(part.targetText)}${particleFor(part.targetText, PARTICLE_PAIRS.direction)} 바뀌었습니다. 시기를 확인하세요.`,
          },
        }),
      );
    return uniqueKeys(issues);
  },
};
