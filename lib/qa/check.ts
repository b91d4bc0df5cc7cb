// The shape of a check. Segment checks see one segment; document checks see all of them at once
// (consistency). The context is prepared once per run: compiled glossary, message language.
import type { CompiledTerms } from './term-matching';
import type { SpellingContext } from '../spell/types';
import type { CompiledChecklistEntry } from './checklist';
import type { EastAsianContext } from './foreign-names';
import type { QaIssue, QaLocale, QaSegment, SpeechLevelSetting } from './types';

export interface CheckContext {
  locale: QaLocale;
  terms: CompiledTerms;
  /** Whether the document's Korean shows a stem as a noun (particle-nouns.ts); the segment's own when absent. */
  isNoun?: (stem: string) => boolean;
  /** Whether the document's Korean shows a stem with particles (for 가, 과, 로; particle-nouns.ts). */
  byParticles?: (stem: string) => boolean;
  /** The document's segments in order (for checks that look at a segment's neighbours). */
  segments?: readonly QaSegment[];
  /** The document's Korean, joined (built on first use). */
  docText?: () => string;
  /** The document's English, joined, upper-cased, without spaces and hyphens (built on first use). */
  docSourceCompact?: () => string;
  /** The month of the story's own date, from its dateline (story-month.ts; computed on first use). */
  storyMonth?: () => number | null;
  /** The year of the story's own date, when its dateline gives one (story-month.ts; computed on first use). */
  storyYear?: () => number | null;
  /** Whether the document's English speaks of China or Japan (foreign-names.ts; computed on first use). */
  eastAsian?: () => EastAsianContext;
  /** The expected speech level (project setting); 'auto' takes the document's majority. */
  speechLevel?: SpeechLevelSetting;
  /** The speller (QaContext.spelling), for the spelling check. */
  spelling?: SpellingContext;
  /** The project checklist, compiled (checklist.ts). */
  checklist?: CompiledChecklistEntry[];
}

export interface SegmentCheck {
  id: string;
  scope: 'segment';
  run(segment: QaSegment, ctx: CheckContext): QaIssue[];
}

export interface DocumentCheck {
  id: string;
  scope: 'document';
  /** Issues by segment id. */
  run(segments: readonly QaSegment[], ctx: CheckContext): Map<string, QaIssue[]>;
}
