import 'server-only';
// The hook that feeds the translation memory: every approved segment becomes one TmUnit (source,
// target, the previous and next source paragraphs as context, who, when). Call it inside the
// transaction that sets the segment to APPROVED (update-segment.ts does; the review feature's
// approve endpoints should too). A segment approved again replaces its earlier unit, so the memory
// holds the latest approved wording once.
import { normalizeSource } from '../../tm/similarity';
import type { Prisma } from '../db/client';
import { invalidateTm } from './cache';

export async function recordApproved(tx: Prisma.TransactionClient, segmentId: string, userId: string | null): Promise<void> {
  const s = await tx.segment.findUnique({
    where: { id: segmentId },
    select: { id: true, documentId: true, position: true, sourceText: true, targetText: true, state: true, doNotTranslate: true, document: { select: { projectId: true } } },
  });
  if (!s || s.state !== 'APPROVED' || s.doNotTranslate || s.targetText.trim() === '' || s.sourceText.trim() === '') return;
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
    },
  });
  invalidateTm(projectId);
}
