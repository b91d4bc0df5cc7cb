import 'server-only';
// What publishing freezes for readers besides the text (issue #21): the approved reader notes that
// still sit on their words (when the owner includes notes, the default), and each paragraph's
// sentence links (stored on the segment by alignment or confirmation when they still fit its
// sentences, else computed now by the sentence aligner, lib/align/sentences.ts).
import { docToText } from '../../editor/doc';
import type { EditionNote } from '../../publish/notes';
import type { ReaderFields } from '../../publish/reader-marks';
import { editionSentences, type EditionSentences } from '../../publish/sentence-marks';
import type { EditionSnapshot } from '../../publish/snapshot';
import type { db } from '../db/client';

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export async function readerExtras(
  tx: Tx,
  documentId: string,
  rows: readonly { id: string; position: number; sentenceLinks: string | null }[],
  snapshot: EditionSnapshot,
  includeNotes: boolean,
): Promise<Required<ReaderFields>> {
  const byPosition = new Map(snapshot.segments.map((s) => [s.segment - 1, s]));
  const idToSeg = new Map(rows.map((r) => [r.id, byPosition.get(r.position)]));

  const sentences: Record<string, EditionSentences> = {};
  for (const r of rows) {
    const seg = byPosition.get(r.position);
    if (!seg?.target) continue;
    const s = editionSentences(docToText(seg.source), docToText(seg.target), r.sentenceLinks);
    if (s && s.links.length) sentences[String(seg.n)] = s;
  }

  const notes: EditionNote[] = [];
  if (includeNotes) {
    const rowsOfNotes = await tx.annotation.findMany({
      where: { segment: { documentId }, kind: 'note', detached: false, approvedAt: { not: null }, status: { not: 'deleted' } },
      select: { segmentId: true, side: true, start: true, end: true, quote: true, comment: true },
    });
    for (const a of rowsOfNotes) {
      const seg = idToSeg.get(a.segmentId);
      if (!seg) continue;
      const side = a.side === 'source' ? 'source' : 'target';
      const doc = side === 'source' ? seg.source : seg.target;
      // The note's words must still be where it says (its anchor follows every save).
      if (!doc || docToText(doc).slice(a.start, a.end) !== a.quote || !a.comment.trim()) continue;
      notes.push({ n: seg.n, side, start: a.start, end: a.end, quote: a.quote, text: a.comment.trim() });
    }
    notes.sort((x, y) => x.n - y.n || (x.side === y.side ? 0 : x.side === 'source' ? -1 : 1) || x.end - y.end);
  }
  return { notes, sentences };
}
