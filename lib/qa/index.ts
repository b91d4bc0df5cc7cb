// The QA registry: which checks exist, in which order they run, and the two entry points.
// runChecks checks one segment (the editor, after a save); runDocumentChecks checks a whole
// document in one pass (the QA panel, export gates, the benchmark).
//
// A blank target only gets the empty-target check: every other check would just repeat that the
// translation is missing.
import type { CheckContext, DocumentCheck, SegmentCheck } from './check';
import { consistencyCheck } from './consistency';
import { emptyTargetCheck } from './empty-target';
import { finalPunctuationCheck } from './final-punctuation';
import { lengthRatioCheck } from './length-ratio';
import { marksCheck } from './marks';
import { numbersCheck } from './numbers';
import { particleAgreementCheck } from './particle-agreement';
import { quotesBracketsCheck } from './quotes-brackets';
import { isBlank } from './shared';
import { compileTerms } from './term-matching';
import { termsCheck } from './terms';
import type { QaContext, QaIssue, QaSegment, QaTerm } from './types';
import { untranslatedCheck } from './untranslated';
import { whitespaceCheck } from './whitespace';
import { acronymsCheck } from './acronyms';
import { brokenTextCheck } from './broken-text';
import { droppedSentenceCheck } from './dropped-sentence';
import { leftoverLatinCheck } from './leftover-latin';
import { markupCheck } from './markup';
import { missingNameCheck } from './missing-name';
import { nounLookup, particleEvidence } from './particle-nouns';
import { phraseConsistencyCheck } from './phrase-consistency';
import { relativeTimeCheck } from './relative-time';
import { repeatedWordCheck } from './repeated-word';
import { speechLevelCheck } from './speech-level';
import { spellingCheck } from './spelling';
import { alphanumericCheck } from './alphanumeric';
import { checklistCheck, compileChecklist } from './checklist';
import { sameTargetCheck } from './same-target';
import { uppercaseCheck } from './uppercase';
import { urlEmailCheck } from './url-email';
import { eastAsianContext, type EastAsianContext } from './foreign-names';
import { weekdayDatesCheck } from './weekday-dates';
import { calendarCheck } from './relative-time-calendar';
import { datelineMonthCheck } from './relative-time-dateline';
import { storyDate } from './story-month';
import { storyDateCheck } from './relative-time-story-date';

export type * from './types';

export const SEGMENT_CHECKS: readonly SegmentCheck[] = [
  emptyTargetCheck,
  untranslatedCheck,
  termsCheck,
  missingNameCheck,
  numbersCheck,
  particleAgreementCheck,
  finalPunctuationCheck,
  quotesBracketsCheck,
  whitespaceCheck,
  marksCheck,
  lengthRatioCheck,
  markupCheck,
  brokenTextCheck,
  repeatedWordCheck,
  leftoverLatinCheck,
  relativeTimeCheck,
  // And a month or year the English gives outright, counted from the story's date (지난해 4월).
  storyDateCheck,
  spellingCheck,
  urlEmailCheck,
  alphanumericCheck,
  uppercaseCheck,
  checklistCheck,
];

export const DOCUMENT_CHECKS: readonly DocumentCheck[] = [
  consistencyCheck,
  phraseConsistencyCheck,
  droppedSentenceCheck,
  speechLevelCheck,
  acronymsCheck,
  sameTargetCheck,
  // The numbers check's document part: weekdays rendered as days of the month (weekday-dates.ts).
  weekdayDatesCheck,
  // The relative-time check's document part: weekdays and year words against the story's date.
  calendarCheck,
  // And month words against a dateline without a year (on Thursday, Dec. 3).
  datelineMonthCheck,
];

export const CHECK_IDS = [
  'empty-target',
  'untranslated',
  'terms',
  'missing-name',
  'numbers',
  'particle-agreement',
  'final-punctuation',
  'quotes-brackets',
  'whitespace',
  'marks',
  'length-ratio',
  'markup',
  'broken-text',
  'repeated-word',
  'leftover-latin',
  'acronyms',
  'relative-time',
  'spelling',
  'url-email',
  'alphanumeric',
  'uppercase',
  'checklist',
  'consistency',
  'phrase-consistency',
  'dropped-sentence',
  'speech-level',
  'same-target',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

/** Checks that run only when a project switches them on (QaOptions.enabledChecks), as in Xbench. */
export const DEFAULT_OFF_CHECKS: readonly CheckId[] = ['uppercase'];

/** The speech-level setting's values: 'auto' takes the document's majority. */
export const SPEECH_LEVEL_SETTINGS = ['auto', 'hapsyo', 'haeyo', 'haera', 'banmal'] as const;

/** Human-readable names of the checks, for settings screens and issue filters. */
export const CHECK_LABELS: Record<CheckId, { en: string; ko: string }> = {
  'empty-target': { en: 'Empty confirmed translation', ko: '빈 확정 번역' },
  untranslated: { en: 'Untranslated text', ko: '번역되지 않은 텍스트' },
  terms: { en: 'Names and glossary terms', ko: '이름 및 용어집' },
  'missing-name': { en: 'Names missing from the translation', ko: '번역문에서 빠진 이름' },
  numbers: { en: 'Numbers and dates', ko: '숫자 및 날짜' },
  'particle-agreement': { en: 'Particle agreement', ko: '조사 호응' },
  'final-punctuation': { en: 'Final punctuation', ko: '끝 문장 부호' },
  'quotes-brackets': { en: 'Quotes and brackets', ko: '따옴표 및 괄호' },
  whitespace: { en: 'Spaces', ko: '공백' },
  marks: { en: 'Bold, italic and links', ko: '굵게, 기울임, 링크' },
  'length-ratio': { en: 'Length ratio', ko: '길이 비율' },
  markup: { en: 'Leftover markup', ko: '남은 태그' },
  'broken-text': { en: 'Broken characters', ko: '깨진 문자' },
  'repeated-word': { en: 'Repeated word', ko: '반복된 단어' },
  'leftover-latin': { en: 'Names left in Latin letters', ko: '로마자로 남은 이름' },
  acronyms: { en: 'Acronyms', ko: '약어' },
  'relative-time': { en: 'Relative time (this year, last month…)', ko: '상대 시점(올해, 지난달 등)' },
  spelling: { en: 'Spelling (Korean)', ko: '맞춤법' },
  'url-email': { en: 'URLs and e-mail addresses', ko: 'URL 및 이메일 주소' },
  alphanumeric: { en: 'Codes and model names (F-35A, KN-23)', ko: '코드 및 모델명(F-35A, KN-23)' },
  uppercase: { en: 'UPPERCASE and CamelCase words (off by default)', ko: '대문자·카멜 표기 단어(기본 꺼짐)' },
  checklist: { en: 'Project checklist', ko: '프로젝트 체크리스트' },
  consistency: { en: 'Consistency', ko: '일관성' },
  'phrase-consistency': { en: 'Phrase consistency', ko: '구절 번역 일관성' },
  'dropped-sentence': { en: 'Dropped sentence', ko: '빠진 문장' },
  'speech-level': { en: 'Speech level (말투)', ko: '말투 일관성' },
  'same-target': { en: 'Same translation for different sources', ko: '다른 원문에 같은 번역' },
};

const EMPTY_TERMS: readonly QaTerm[] = [];

function lazyJoin(doc: readonly QaSegment[]): () => string {
  let text: string | null = null;
  return () => (text ??= doc.map((s) => s.targetText).join('\n'));
}

function lazyCompactSource(doc: readonly QaSegment[]): () => string {
  let text: string | null = null;
  return () => (text ??= doc.map((s) => s.sourceText.replace(/[-‐\s]/g, '').toUpperCase()).join('\n'));
}

function lazyEastAsian(doc: readonly QaSegment[]): () => EastAsianContext {
  let v: EastAsianContext | null = null;
  return () => (v ??= eastAsianContext(doc.map((s) => s.sourceText)));
}

function lazyStoryDate(doc: readonly QaSegment[]): () => ReturnType<typeof storyDate> {
  let v: ReturnType<typeof storyDate> | undefined;
  return () => (v === undefined ? (v = storyDate(doc)) : v);
}

function prepare(context: QaContext, doc: readonly QaSegment[]): { ctx: CheckContext; enabled: (id: string) => boolean } {
  const enabledOff = new Set(context.options?.enabledChecks ?? []);
  const disabled = new Set([...(context.options?.disabledChecks ?? []), ...DEFAULT_OFF_CHECKS.filter((id) => !enabledOff.has(id))]);
  const date = lazyStoryDate(doc);
  return {
    ctx: {
      locale: context.options?.locale ?? 'en',
      terms: compileTerms(context.terms ?? EMPTY_TERMS),
      isNoun: nounLookup(doc.map((s) => s.targetText)),
      byParticles: particleEvidence(doc.map((s) => s.targetText)),
      docText: lazyJoin(doc),
      segments: doc,
      eastAsian: lazyEastAsian(doc),
      storyMonth: () => date()?.month ?? null,
      storyYear: () => date()?.year ?? null,
      docSourceCompact: lazyCompactSource(doc),
      speechLevel: context.options?.speechLevel ?? 'auto',
      spelling: context.spelling,
      checklist: compileChecklist(context.checklist),
    },
    enabled: (id) => !disabled.has(id),
  };
}

function segmentIssues(segment: QaSegment, ctx: CheckContext, enabled: (id: string) => boolean): QaIssue[] {
  const blank = isBlank(segment.targetText);
  const issues: QaIssue[] = [];
  for (const check of SEGMENT_CHECKS) {
    if (!enabled(check.id) || (blank && check.id !== 'empty-target')) continue;
    issues.push(...check.run(segment, ctx));
  }
  return issues;
}

/**
 * Issues for one segment. Pass context.documentSegments to include the consistency check; the
 * segment given here replaces its stored version (same id) in that comparison.
 */
export function runChecks(segment: QaSegment, context: QaContext = {}): QaIssue[] {
  return runChecksTogether([segment], context)[0]!;
}

/**
 * runChecks for several segments of one document (ids unique), the document checks run once: each
 * segment gets the issues runChecks gives it when the others asked stand in the document with the
 * texts given here. The server answers the segment QA requests that queue up for one document with
 * one such run (lib/server/qa/qa-runner.ts).
 */
export function runChecksTogether(segments: readonly QaSegment[], context: QaContext = {}): QaIssue[][] {
  // Without the document, the document checks see the segment alone (its own speech level, …).
  if (!context.documentSegments) return segments.map((s) => checkIn([s], [s], context)[0]!);
  const asked = new Map(segments.map((s) => [s.id, s]));
  const stored = new Set(context.documentSegments.map((s) => s.id));
  const doc = [...context.documentSegments.map((s) => asked.get(s.id) ?? s), ...segments.filter((s) => !stored.has(s.id))];
  return checkIn(segments, doc, context);
}

function checkIn(segments: readonly QaSegment[], doc: readonly QaSegment[], context: QaContext): QaIssue[][] {
  const { ctx, enabled } = prepare(context, doc);
  const docIssues = segments.every((s) => isBlank(s.targetText))
    ? []
    : DOCUMENT_CHECKS.filter((c) => enabled(c.id)).map((c) => c.run(doc, ctx));
  return segments.map((segment) => {
    const issues = segmentIssues(segment, ctx, enabled);
    if (!isBlank(segment.targetText)) for (const m of docIssues) issues.push(...(m.get(segment.id) ?? []));
    return issues;
  });
}

export interface SegmentIssues {
  segmentId: string;
  issues: QaIssue[];
}

// Checks that ask for the same segment's glossary mentions one after another (term-matching's
// findSourceMentions keeps the last answer only): they read the document together, segment by segment.
const SHARED_MENTIONS = new Set(['terms', 'missing-name', 'numbers']);

/** The enabled segment checks in registry order, one per pass but for neighbours sharing mentions. */
function segmentPasses(enabled: (id: string) => boolean): SegmentCheck[][] {
  const passes: SegmentCheck[][] = [];
  let prev: SegmentCheck | null = null;
  for (const check of SEGMENT_CHECKS) {
    if (!enabled(check.id)) continue;
    if (prev && SHARED_MENTIONS.has(prev.id) && SHARED_MENTIONS.has(check.id)) passes[passes.length - 1]!.push(check);
    else passes.push([check]);
    prev = check;
  }
  return passes;
}

/** Issues for every segment of a document, in document order (segments without issues included). */
export function runDocumentChecks(segments: readonly QaSegment[], context: QaContext = {}): SegmentIssues[] {
  const { ctx, enabled } = prepare(context, segments);
  const docIssues = DOCUMENT_CHECKS.filter((c) => enabled(c.id)).map((c) => c.run(segments, ctx));
  // Check by check over the document, not segment by segment: one check's code, patterns and tables
  // stay hot while it reads every segment (on the bench's 2,000 segments, a sixth to a third less CPU
  // time than running all the checks on one segment before the next). Each segment's issues come in the
  // order segmentIssues gives them: the segment checks' in registry order, then the document checks'.
  const blank = segments.map((s) => isBlank(s.targetText));
  const issues: QaIssue[][] = segments.map(() => []);
  for (const pass of segmentPasses(enabled)) {
    for (let i = 0; i < segments.length; i++)
      for (const check of pass) if (!blank[i] || check.id === 'empty-target') issues[i]!.push(...check.run(segments[i]!, ctx));
  }
  return segments.map((segment, i) => {
    const list = issues[i]!;
    for (const m of docIssues) list.push(...(m.get(segment.id) ?? []));
    return { segmentId: segment.id, issues: list };
  });
}
