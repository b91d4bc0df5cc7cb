import 'server-only';
// Carries a segment's target-side annotations over a change of its target text, inside the
// transaction that saves the text (lib/review/anchor.ts has the rules). Call it from every write
// that changes Segment.targetText.
import { reanchor, reattach } from '../../review/anchor';
import type { Prisma } from '../db/client';

export interface ReanchorSummary {
  moved: number;
  detached: number;
  reattached: number;
}

export async function reanchorAnnotations(
  tx: Prisma.TransactionClient,
  segmentId: string,
  oldText: string,
  newText: string,
): Promise<ReanchorSummary> {
  const summary: ReanchorSummary = { moved: 0, detached: 0, reattached: 0 };
  if (oldText === newText) return summary;
  const rows = await tx.annotation.findMany({ where: { segmentId, side: 'target' } });
  for (const a of rows) {
    const result = a.detached ? reattach(newText, a) : reanchor(oldText, newText, a);
    if (result.detached) {
      if (!a.detached) {
        await tx.annotation.update({ where: { id: a.id }, data: { detached: true } });
        summary.detached += 1;
      }
      continue;
    }
    if (a.detached || result.start !== a.start || result.end !== a.end || result.prefix !== a.prefix || result.suffix !== a.suffix) {
      await tx.annotation.update({
        where: { id: a.id },
        data: { start: result.start, end: result.end, prefix: result.prefix, suffix: result.suffix, detached: false },
      });
      if (a.detached) summary.reattached += 1;
      else summary.moved += 1;
    }
  }
  return summary;
}
