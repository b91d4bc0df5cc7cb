import 'server-only';
// Proposes how an existing Korean translation lines up with a document's English paragraphs. Nothing
// is stored: the user reviews the beads in the alignment view and applies them.
import { align } from '../../align';
import { alignSentences, type SentenceLink, type SentenceSpan } from '../../align/sentences';
import { importDocument, ImportError } from '../../formats/import';
import type { TProposeAlignmentRequest } from '../api/align.types';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { AppError } from '../errors';
import { requireDocument } from '../projects/access';

export interface TAlignmentProposal {
  documentId: string;
  source: { index: number; segmentId: string; text: string; hasHumanWork: boolean; doNotTranslate: boolean }[];
  target: { index: number; text: string }[];
  beads: {
    source: number[];
    target: number[];
    score: number;
    /** Sentence links inside the bead, indices into sourceSentences / targetSentences. */
    sentences: SentenceLink[];
    /** Each sentence: the paragraph's index within the bead, [start, end) offsets in its plain text. */
    sourceSentences: SentenceSpan[];
    targetSentences: SentenceSpan[];
  }[];
}

/** A segment carries human work when a person wrote or confirmed its target. */
export function hasHumanWork(s: { targetText: string; origin: string | null; state: string }): boolean {
  return (
    s.targetText.trim() !== '' && (s.origin === 'HUMAN' || s.state === 'TRANSLATED' || s.state === 'APPROVED' || s.state === 'REJECTED')
  );
}

export async function proposeAlignment(actor: Actor, documentId: string, input: TProposeAlignmentRequest): Promise<TAlignmentProposal> {
  const { document } = await requireDocument(actor, documentId, 'segment.pretranslate');
  const bytes = input.format === 'docx' ? new Uint8Array(Buffer.from(input.content, 'base64')) : new TextEncoder().encode(input.content);
  let paragraphs: string[];
  try {
    paragraphs = (await importDocument({ bytes, format: input.format })).segments.map((s) => s.text);
  } catch (e) {
    if (e instanceof ImportError)
      throw new AppError(e.code === 'too_large' ? 'payload_too_large' : 'validation_failed', e.message).because(`import_${e.code}`);
    throw e;
  }
  const [segments, terms] = await Promise.all([
    db.segment.findMany({ where: { documentId }, orderBy: { position: 'asc' } }),
    // The project glossary, proposed and confirmed terms alike (a rejected proposal is not a translation).
    db.term.findMany({
      where: { projectId: document.projectId, kind: { in: ['NAME', 'TERM'] }, status: { in: ['PROPOSED', 'CONFIRMED'] } },
      select: { source: true, target: true },
    }),
  ]);
  const sourceTexts = segments.map((s) => s.sourceText);
  const glossary = terms.filter((t) => t.target);
  const beads = align(sourceTexts, paragraphs, { terms: glossary });
  return {
    documentId,
    source: segments.map((s, i) => ({
      index: i,
      segmentId: s.id,
      text: s.sourceText,
      hasHumanWork: hasHumanWork(s),
      doNotTranslate: s.doNotTranslate,
    })),
    target: paragraphs.map((text, index) => ({ index, text })),
    beads: beads.map((b) => {
      const s =
        b.source.length && b.target.length
          ? alignSentences(
              b.source.map((i) => sourceTexts[i]!),
              b.target.map((j) => paragraphs[j]!),
              { terms: glossary },
            )
          : { links: [], source: [], target: [] };
      return {
        source: b.source,
        target: b.target,
        score: Math.round(b.score * 1000) / 1000,
        sentences: s.links,
        sourceSentences: s.source,
        targetSentences: s.target,
      };
    }),
  };
}
