import 'server-only';
// The hooks that feed the translation memory. Every confirmed (TRANSLATED) or approved segment is one
// TmUnit: source, target, the previous and next source paragraphs as context, its state (CONFIRMED
// or APPROVED: approved units rank first, lib/tm/tm-index.ts), its origin (the segment's: HUMAN, MT,
// TM, ALIGNED), who and when. Call recordSegmentUnit inside the transaction that confirms or approves
// (update-segment.ts, the review decisions); a segment recorded again replaces its earlier unit, so
// the memory holds its latest wording once. A rejection removes the unit; a reopened segment keeps
// it, demoted to CONFIRMED. Aligned text (apply-alignment.ts) is recorded with origin ALIGNED.
import { normalizeSource } from '../../tm/similarity';
import type { Prisma } from '../db/client';
import { invalidateTm } from './cache';

export type TmUnitState = 'CONFIRMED' | 'APPROVED';

export function unitStateOf(segmentState: string): TmUnitState | null {
  return segmentState === 'APPROVED' ? 'APPROVED' : segmentState === 'TRANSLATED' ? 'CONFIRMED' : null;
}

/**
 * Records the segment's current text when it is confirmed or approved; with `aligned`, also an
 * aligned draft (text taken from a published translation counts as confirmed, origin ALIGNED).
 */
export async function recordSegmentUnit(tx: Prisma.TransactionClient, segmentId: string, userId: string | null, opts: { aligned?: boolean } = {}): Promise<void> {
  const s = await tx.segment.findUnique({
    where: { id: segmentId },
    select: { id: true, documentId: true, position: true, sourceText: true, targetText: true, state: true, origin: true, doNotTranslate: true, document: { select: { projectId: true } } },
  });
  const state = s ? (unitStateOf(s.state) ?? (opts.aligned && s.origin === 'ALIGNED' ? 'CONFIRMED' : null)) : null;
  if (!s || !state || s.doNotTranslate || s.targetText.trim() === '' || s.sourceText.trim() === '') return;
  const neighbours = await tx.segment.findMany({
    where: { documentId: s.documentId, position: { in: [s.position - 1, s.position + 1] } },
    select: { position: true, sourceText: true },
  });
  const projectId = s.document.projectId;
  await tx.tmUnit.deleteMany({ where: { projectId, segmentId } });
  await tx.tmUnit.create({
    data: {
      projectId,
      source: s.sourceText,
      target: s.targetText,
      sourceNorm: normalizeSource(s.sourceText),
      prevSource: neighbours.find((n) => n.position === s.position - 1)?.sourceText ?? '',
      nextSource: neighbours.find((n) => n.position === s.position + 1)?.sourceText ?? '',
      segmentId,
      createdById: userId,
      state,
      origin: s.origin ?? 'HUMAN',
    },
  });
  invalidateTm(projectId);
}

/** What recordSegmentUnits needs of a segment as just written, with its neighbours' source text. */
export interface UnitRow {
  segmentId: string;
  sourceText: string;
  targetText: string;
  state: string;
  origin: string | null;
  doNotTranslate: boolean;
  prevSource: string;
  nextSource: string;
}

/**
 * recordSegmentUnit for many segments of one project at once (bulk writes): the same rule for which
 * segments get a unit, two statements for the lot.
 */
export async function recordSegmentUnits(tx: Prisma.TransactionClient, projectId: string, rows: UnitRow[], userId: string | null, opts: { aligned?: boolean } = {}): Promise<void> {
  const units = rows.flatMap((s) => {
    const state = unitStateOf(s.state) ?? (opts.aligned && s.origin === 'ALIGNED' ? 'CONFIRMED' : null);
    if (!state || s.doNotTranslate || s.targetText.trim() === '' || s.sourceText.trim() === '') return [];
    return [{
      projectId, source: s.sourceText, target: s.targetText, sourceNorm: normalizeSource(s.sourceText), prevSource: s.prevSource, nextSource: s.nextSource,
      segmentId: s.segmentId, createdById: userId, state, origin: (s.origin ?? 'HUMAN') as 'HUMAN',
    }];
  });
  if (units.length === 0) return;
  await tx.tmUnit.deleteMany({ where: { projectId, segmentId: { in: units.map((u) => u.segmentId) } } });
  await tx.tmUnit.createMany({ data: units });
  invalidateTm(projectId);
}

/** A rejected segment's wording leaves the memory. */
export async function removeSegmentUnit(tx: Prisma.TransactionClient, segmentId: string): Promise<void> {
  const units = await tx.tmUnit.findMany({ where: { segmentId }, select: { projectId: true } });
  if (units.length === 0) return;
  await tx.tmUnit.deleteMany({ where: { segmentId } });
  for (const projectId of new Set(units.map((u) => u.projectId))) invalidateTm(projectId);
}

/** A reopened segment is confirmed again: its unit stays, no longer approved (who and when kept). */
export async function demoteSegmentUnit(tx: Prisma.TransactionClient, segmentId: string): Promise<void> {
  const units = await tx.tmUnit.findMany({ where: { segmentId, state: 'APPROVED' }, select: { projectId: true } });
  if (units.length === 0) return;
  await tx.tmUnit.updateMany({ where: { segmentId, state: 'APPROVED' }, data: { state: 'CONFIRMED' } });
  for (const projectId of new Set(units.map((u) => u.projectId))) invalidateTm(projectId);
}
