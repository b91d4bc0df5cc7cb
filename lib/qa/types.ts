// The QA input and output model. Checks are pure functions of a segment (plain text, no TipTap
// JSON) plus the project's glossary, so they run the same in the browser, on the server and in
// the benchmark.
import type { SegmentState } from '../workflow/segment-states';
import type { SpellingContext } from '../spell/types';
import type { TermKind } from '../names/term-kind';
import type { ChecklistEntry } from './checklist';

export type { SegmentState };

/** How many bold, italic and link marks a side of the segment carries. */
export interface MarkCounts {
  bold: number;
  italic: number;
  link: number;
}

export interface QaSegment {
  id: string;
  sourceText: string;
  targetText: string;
  state: SegmentState;
  sourceMarks?: MarkCounts;
  targetMarks?: MarkCounts;
}

export interface QaTerm {
  source: string;
  /** The Korean form; alternatives may be separated by " | " (e.g. "유엔 | 국제연합"). */
  target: string;
  kind: TermKind;
  caseSensitive?: boolean;
}

export type QaLocale = 'en' | 'ko';

/** Korean speech levels (말투): 합쇼체, 해요체, 해라체 (plain/news), 반말 (해체). */
export type SpeechLevel = 'hapsyo' | 'haeyo' | 'haera' | 'banmal';
export type SpeechLevelSetting = 'auto' | SpeechLevel;

export interface QaOptions {
  /** The register every Korean sentence should use; 'auto' (default) takes the document's majority. */
  speechLevel?: SpeechLevelSetting;
  /** Check ids to skip (see CHECK_IDS). */
  disabledChecks?: readonly string[];
  /** Checks that are off by default (DEFAULT_OFF_CHECKS) to run. */
  enabledChecks?: readonly string[];
  /** Language of the messages; English by default. */
  locale?: QaLocale;
}

export interface QaContext {
  terms?: readonly QaTerm[];
  options?: QaOptions;
  /**
   * The whole document, for the consistency check when a single segment is checked with
   * runChecks. runDocumentChecks does not need it.
   */
  documentSegments?: readonly QaSegment[];
  /** The speller for the spelling check (lib/spell); without it the check reports nothing. */
  spelling?: SpellingContext;
  /** The project's checklist entries (checklist.ts), run as the "checklist" check. */
  checklist?: readonly ChecklistEntry[];
}

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning';

export interface QaIssue {
  check: string;
  severity: Severity;
  message: string;
  sourceSpan?: Span;
  targetSpan?: Span;
  /**
   * Stable within a segment: it names what is wrong (e.g. "numbers:missing:4"), never offsets,
   * so an issue a user ignored stays ignored while the same problem persists after edits.
   */
  key: string;
  /** For consistency issues: the segment translated differently. */
  relatedSegmentId?: string;
  /** For spelling issues: the word and up to three corrections (lib/qa/spelling.ts). */
  word?: string;
  suggestions?: string[];
}

/** Bilingual message text; every message a check emits exists in both UI languages. */
export interface Bilingual {
  en: string;
  ko: string;
}
