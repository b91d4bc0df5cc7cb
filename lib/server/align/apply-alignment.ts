import 'server-only';
// Applies reviewed beads: each covered segment gets its Korean text with origin ALIGNED, state DRAFT
// (or TRANSLATED when the owner chooses), and a revision. Segments with human work are only touched
// with explicit consent; without it the answer is 409 listing them, and nothing is written. Each
// applied pair also becomes a translation-memory unit (origin ALIGNED, lib/server/tm/record-unit.ts).
import { distributeText } from '../../align/distribute';
import { segmentSentenceLinks } from '../../align/segment-links';
import { textToDoc } from '../../editor/doc';
import { canEditSegment } from '../../workflow/segment-rule';
import type { TApplyAlignmentRequest } from '../api/align.types';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { findInPages } from '../db/in-chunks';
import { slicer, writeInSlices } from '../db/yield';
import { AppError } from '../errors';
import { requireDocument } from '../projects/access';
import { ruleSettings } from '../segments/segment-rule';
import { hasHumanWork } from './propose-alignment';
import { bulkChunks, writeSegments, type SegmentWrite } from '../segments/bulk-write';

export interface TApplyResult {
  applied: number;
  skipped: number;
  segments: { segmentId: string; position: number; version: number }[];
  /** Segments the caller may not change (the segment rule, e.g. approved ones for a translator), or saved by someone else while the apply ran: left untouched. */
  refused: { segmentId: string; position: number; reason: string }[];
}

export async function applyAlignment(actor: Actor, documentId: string, input: TApplyAlignmentRequest): Promise<TApplyResult> {
  const { role, document } = await requireDocument(actor, documentId, 'segment.pretranslate');
  if (input.state === 'TRANSLATED' && role !== 'OWNER') {
    throw new AppError('forbidden', 'Only the project owner may apply an alignment as translated; apply it as draft.').because(
      'alignment_owner_only',
    );
  }
  // Read and checked in pieces with pauses (db/in-chunks.ts, db/yield.ts): 10,000 beads are a few
  // hundred milliseconds of work before the first write, which must not hold other users' saves.
  const segments = await findInPages(({ after, take }) =>
    db.segment.findMany({ where: { documentId, position: { gt: after } }, orderBy: { position: 'asc' }, take }),
  );
  const pause = slicer();
  const byPosition = new Map(segments.map((s) => [s.position, s]));

  // What each segment would receive.
  const writes = new Map<number, string>();
  const seen = new Set<number>();
  for (const bead of input.beads) {
    await pause();
    for (const pos of bead.source) {
      if (!byPosition.has(pos))
        throw new AppError('validation_failed', `Bead refers to segment ${pos + 1}, which the document does not have.`).because(
          'bead_unknown_segment',
          { n: pos + 1 },
        );
      if (seen.has(pos))
        throw new AppError('validation_failed', `Segment ${pos + 1} appears in more than one bead.`).because('bead_duplicate', {
          n: pos + 1,
        });
      seen.add(pos);
    }
    if (bead.skip || bead.source.length === 0 || bead.text.trim() === '') continue;
    const covered = bead.source.filter((p) => !byPosition.get(p)!.doNotTranslate);
    const parts = distributeText(
      bead.text,
      covered.map((p) => byPosition.get(p)!.sourceText.length),
    );
    covered.forEach((pos, i) => {
      if (parts[i]) writes.set(pos, parts[i]!);
    });
  }

  // The segment rule decides, as for a save: what the caller may not change is left as it is.
  const settings = await ruleSettings(document.projectId);
  const refused: TApplyResult['refused'] = [];
  for (const pos of writes.keys()) {
    await pause();
    const s = byPosition.get(pos)!;
    const verdict = canEditSegment(role, s.state, settings, { action: 'edit', textChanged: true, to: input.state });
    if (!verdict.ok) {
      refused.push({ segmentId: s.id, position: pos, reason: verdict.reason });
      writes.delete(pos);
    }
  }

  const human = [...writes.keys()].map((p) => byPosition.get(p)!).filter((s) => hasHumanWork(s) && s.targetText !== writes.get(s.position));
  if (human.length && !input.overwriteHumanWork) {
    throw new AppError(
      'conflict',
      `${human.length} segment(s) already have human work (${human
        .slice(0, 10)
        .map((s) => s.position + 1)
        .join(', ')}${human.length > 10 ? ', …' : ''}). Nothing was changed; confirm to replace them, or skip those beads.`,
      { humanWork: human.map((s) => ({ segmentId: s.id, position: s.position, targetText: s.targetText, state: s.state })) },
    ).because('alignment_human_work', { count: human.length });
  }

  const result: TApplyResult = { applied: 0, skipped: input.beads.filter((b) => b.skip).length, segments: [], refused };
  // In short transactions with pauses between them (db/yield.ts), so other requests keep answering;
  // each slice writes its segments together (segments/bulk-write.ts: a few statements per slice).
  const pending = [...writes].filter(
    ([pos, text]) => !(byPosition.get(pos)!.targetText === text && byPosition.get(pos)!.origin === 'ALIGNED'),
  );
  await writeInSlices(bulkChunks(pending), async (tx, chunk) => {
    const list = chunk.map(([pos, text]): SegmentWrite => {
      const s = byPosition.get(pos)!;
      return {
        id: s.id,
        version: s.version,
        target: JSON.stringify(textToDoc(text)),
        targetText: text,
        oldTargetText: s.targetText,
        state: input.state,
        sentenceLinks: segmentSentenceLinks(s.sourceText, text),
        unit: {
          segmentId: s.id,
          sourceText: s.sourceText,
          doNotTranslate: s.doNotTranslate,
          prevSource: byPosition.get(pos - 1)?.sourceText ?? '',
          nextSource: byPosition.get(pos + 1)?.sourceText ?? '',
        },
      };
    });
    // The memory learns from aligned text (aligned: an aligned draft counts as confirmed).
    const written = await writeSegments(tx, list, {
      origin: 'ALIGNED',
      action: 'align',
      userId: actor.id,
      projectId: document.projectId,
      aligned: true,
    });
    for (const [pos] of chunk) {
      const s = byPosition.get(pos)!;
      if (!written.has(s.id)) {
        refused.push({ segmentId: s.id, position: pos, reason: 'saved by someone else while the alignment was applied; look at it again' });
        continue;
      }
      result.applied += 1;
      result.segments.push({ segmentId: s.id, position: pos, version: s.version + 1 });
    }
  });
  return result;
}
