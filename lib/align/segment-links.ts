// Sentence links kept with a segment (Segment.sentenceLinks, JSON): which sentences of its English
// source stand for which of its Korean target, with offsets, so a reader or the translation memory
// can line them up. Written when an alignment is applied and when a translator confirms the
// segment; a later edit of the text makes them stale, so they are dropped until the next confirmation.
import { alignSentences, type SentenceLink } from './sentences';

export interface StoredSentenceLinks {
  links: SentenceLink[];
  /** [start, end) offsets of each sentence in the segment's sourceText / targetText. */
  source: [number, number][];
  target: [number, number][];
}

/** Sentence links of one segment, as stored (JSON), or null when either side is empty. */
export function segmentSentenceLinks(sourceText: string, targetText: string): string | null {
  if (!sourceText.trim() || !targetText.trim()) return null;
  const r = alignSentences([sourceText], [targetText]);
  const stored: StoredSentenceLinks = {
    links: r.links,
    source: r.source.map((s) => [s.start, s.end]),
    target: r.target.map((s) => [s.start, s.end]),
  };
  return JSON.stringify(stored);
}

/**
 * What a save leaves in Segment.sentenceLinks: fresh links when the segment is (or stays) confirmed
 * with a changed text or is being confirmed now, the previous value when the text is unchanged, and
 * null when the text changed in a draft. Both save paths (Prisma and the fast SQLite one) use it.
 */
export function nextSentenceLinks(
  previous: string | null,
  change: { sourceText: string; oldTargetText: string; targetText: string; oldState: string; state: string },
): string | null {
  const confirmed = change.state === 'TRANSLATED' || change.state === 'APPROVED';
  const textChanged = change.targetText !== change.oldTargetText;
  if (confirmed && (textChanged || change.oldState !== change.state || previous === null)) {
    return segmentSentenceLinks(change.sourceText, change.targetText);
  }
  return textChanged ? null : previous;
}
