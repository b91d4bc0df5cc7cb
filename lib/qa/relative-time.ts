// Relative time: "this year / next year / last month / by the end of the year" must keep their
// meaning in Korean (올해 / 내년 / 지난달 / 연내). A shifted year is as serious as a wrong date, and
// the numbers check cannot see it. A time word of the source that lost its counterpart while the
// Korean shows a different time word (the source said "last month", the Korean 이달) is an error;
// a time word the translator merely added or left implicit is not flagged.
import type { SegmentCheck } from './check';
import { makeIssue, q, uniqueKeys } from './shared';
import type { QaIssue } from './types';
import { PARTICLE_PAIRS, particleFor } from '../names/particles';

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
    en: /\b(?:last|the previous) year\b|\ba year ago\b/gi,
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
    en: /\b(?:last|the previous) month\b|\ba month ago\b/gi,
    ko: new RegExp(`${B}(?:지난 ?달|전월|한 달 전|1개월 전)`, 'g'),
    label: '지난달',
  },
  {
    id: 'this-week',
    en: /\bthis week\b|\bwithin the week\b|\b(?:by )?the end of the week\b/gi,
    ko: new RegExp(`${B}(?:이번 ?주|금주|주말|주중)`, 'g'),
    label: '이번 주',
  },
  {
    id: 'next-week',
    en: /\b(?:next|the following|the coming) week\b/gi,
    ko: new RegExp(`${B}(?:다음 ?주|내주|차주)`, 'g'),
    label: '다음 주',
  },
  {
    id: 'last-week',
    en: /\b(?:last|the previous) week\b|\ba week ago\b/gi,
    ko: new RegExp(`${B}(?:지난 ?주|전주|일주일 전)`, 'g'),
    label: '지난주',
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
  /\b(?:this|next|last|previous|following|coming|current|that|same) (?:year|month|week)|(?:start|beginning) of the year|year[- ]end|end of (?:the|this) (?:year|month|week)|within the (?:year|week)|year is out|(?:later|earlier) (?:this|in the) (?:year|month)|yesterday|tomorrow|today|tonight|this (?:morning|afternoon|evening)|a (?:year|month|week) ago|year (?:before last|after next)|two years (?:ago|earlier)|in two years|\b(?:\d+|three|four|five|six|seven|eight|nine|ten|two|a dozen) (?:years|months|weeks|days) (?:ago|earlier)\b/i;

const hasUnitWord = (lower: string) =>
  lower.includes('year') ||
  lower.includes('month') ||
  lower.includes('week') ||
  lower.includes('day') ||
  lower.includes('tomorrow') ||
  lower.includes('tonight') ||
  lower.includes('morning') ||
  lower.includes('afternoon') ||
  lower.includes('evening');

// The part of a year: "early next year" is 내년 초 (상반기), not 내년 말 (하반기), and the other way.
const EARLY_EN =
  /\b(?:early|the (?:start|beginning|first half) of) (?:next|this|last|the) year\b|\bearl(?:y|ier) in the year\b|\bthe first half\b/i;
const LATE_EN =
  /\b(?:late|the (?:end|second half) of) (?:next|this|last|the) year\b|\blater (?:this|next|in the) year\b|\byear[- ]end\b|\bthe second half\b/i;
const YEAR_KO = '(?:내년|올해|올|금년|지난해|작년|이듬해)';
const EARLY_KO = new RegExp(`${B}(?:${YEAR_KO} ?(?:초|상반기|봄)|연초)`, 'g');
const LATE_KO = new RegExp(`${B}(?:${YEAR_KO} ?(?:말|하반기|연말|겨울)|연말)`, 'g');

interface Hit {
  start: number;
  end: number;
  text: string;
}
/** Every match of a global pattern (an exec loop: matchAll copies the pattern on each call, and
 *  this runs some twenty patterns per segment). No pattern here matches the empty string. */
function hits(re: RegExp, text: string): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

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
    if (!hasUnitWord(lower) || !ANY_EN.test(src)) return [];
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

// "Three years ago", "six months earlier": a count of periods back, 3년 전 / 6개월 전 / 석 달 전 / 사흘
// 전 in Korean. (One year, month or week ago and two years ago are periods of their own above.) When
// the Korean has no such count of the same unit but shows a relative period the source does not
// account for (three years ago → 지난해), the time was shifted.
const COUNT_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
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
function agoShifts(src: string, tgt: string, extra: (id: string) => Hit | undefined): AgoShift[] {
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

/** "early next year" rendered 내년 말 (or "late" rendered 초): the Korean names only the other part. */
function yearPart(
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
