import 'server-only';
// Bulk approve of a selection of a document's segments. A segment is approved only when it has no
// open Major or Critical annotation and no QA error (lib/qa with the project's confirmed glossary
// and switched-off checks; issues a user ignored on the segment do not count). Every other segment
// is listed as skipped with its reasons. Each approval is its own decision (revision, version bump,
// TM hook); a segment saved by someone in between is skipped, not overwritten.
import { BLOCKING_SEVERITIES, type MqmSeverity } from '../../review/mqm';
import type { TSkipReason } from '../../review/types';
import type { TApproveDocumentRequest } from '../api/review.types';
import type { Actor } from '../auth/authenticate';
import { canEditSegment } from '../../workflow/segment-rule';
import { db } from '../db/client';
import { slicer, writeInSlices } from '../db/yield';
import { bulkChunks, insertRevisions, setSegmentStates } from '../segments/bulk-write';
import { recordSegmentUnits } from '../tm/record-unit';
import { findInChunks } from '../db/in-chunks';
import { documentChannel, publish } from '../events/bus';
import { presentSegment, type TSegment } from '../presenters/segment';
import { requireDocument } from '../projects/access';
import { assertSegmentChangeAnywhere, ruleSettings } from '../segments/segment-rule';
import { checkEach } from '../qa/qa-runner';
import { parseIgnored, qaContext, toQaSegment } from '../qa/run-qa';

export interface TBulkApproveResult {
  approved: TSegment[];
  skipped: { segmentId: string; position: number | null; reasons: TSkipReason[] }[];
}

export async function approveDocumentSegments(
  actor: Actor,
  documentId: string,
  input: TApproveDocumentRequest,
): Promise<TBulkApproveResult> {
  const { document, role } = await requireDocument(actor, documentId, 'segment.review');
  const settings = await ruleSettings(document.projectId);
  assertSegmentChangeAnywhere(role, settings, { action: 'approve' });
  const ids = [...new Set(input.segmentIds)];
  const rows = (await findInChunks(ids, (chunk) => db.segment.findMany({ where: { id: { in: chunk }, documentId } }))).sort(
    (a, b) => a.position - b.position,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const blocking = await findInChunks(
    rows.map((r) => r.id),
    (chunk) =>
      db.annotation.findMany({
        where: { segmentId: { in: chunk }, status: 'open', severity: { in: [...BLOCKING_SEVERITIES] } },
        select: { id: true, segmentId: true, severity: true },
      }),
  );
  const ctx = await qaContext(document.projectId, 'en');
  // The QA of every segment that may be approved, in the QA worker (qa-runner.ts), before the loop.
  const checked = rows.filter((r) => !r.doNotTranslate && r.state !== 'APPROVED' && r.targetText.trim() !== '');
  const qaOf = new Map((await checkEach(checked.map(toQaSegment), ctx)).map((issues, i) => [checked[i]!.id, issues]));

  const result: TBulkApproveResult = { approved: [], skipped: [] };
  for (const id of ids) {
    if (!byId.has(id))
      result.skipped.push({
        segmentId: id,
        position: null,
        reasons: [{ code: 'not_found', message: 'No such segment in this document.' }],
      });
  }
  const blockingOf = new Map<string, typeof blocking>();
  for (const a of blocking) blockingOf.set(a.segmentId, [...(blockingOf.get(a.segmentId) ?? []), a]);
  const pause = slicer(); // 5,000 checks let other requests run (db/yield.ts)
  const approvable: typeof rows = [];
  for (const row of rows) {
    await pause();
    const reasons: TSkipReason[] = [];
    const verdict = canEditSegment(role, row.state, settings, { action: 'approve' });
    if (!verdict.ok) reasons.push({ code: 'forbidden', message: verdict.reason });
    else if (row.doNotTranslate) reasons.push({ code: 'do_not_translate', message: 'Marked "do not translate".' });
    else if (row.state === 'APPROVED') reasons.push({ code: 'already_approved', message: 'Already approved.' });
    else if (row.targetText.trim() === '') reasons.push({ code: 'empty', message: 'No translation yet.' });
    else {
      for (const severity of ['critical', 'major'] as MqmSeverity[]) {
        const open = (blockingOf.get(row.id) ?? []).filter((a) => a.severity === severity);
        if (open.length) {
          reasons.push({
            code: severity === 'critical' ? 'open_critical' : 'open_major',
            message: `${open.length} open ${severity} annotation${open.length === 1 ? '' : 's'}.`,
            annotationIds: open.map((a) => a.id),
          });
        }
      }
      const ignored = new Set(parseIgnored(row.qaIgnored).map((i) => i.key));
      for (const issue of qaOf.get(row.id) ?? []) {
        if (issue.severity === 'error' && !ignored.has(issue.key))
          reasons.push({ code: 'qa_error', check: issue.check, message: `QA: ${issue.message}` });
      }
    }
    if (reasons.length) {
      result.skipped.push({ segmentId: row.id, position: row.position, reasons });
      continue;
    }
    approvable.push(row);
  }
  // Written in slices of a few statements each (as bulk-write.ts), pauses between them: each approval
  // still on its own version, with its revision and TM unit, as writeDecision does one by one.
  const neighbours = new Map(
    (
      await findInChunks([...new Set(approvable.flatMap((r) => [r.position - 1, r.position + 1]))].map(String), (chunk) =>
        db.segment.findMany({ where: { documentId, position: { in: chunk.map(Number) } }, select: { position: true, sourceText: true } }),
      )
    ).map((n) => [n.position, n.sourceText]),
  );
  await writeInSlices(bulkChunks(approvable), async (tx, chunk) => {
    const now = new Date();
    const written = await setSegmentStates(tx, chunk, 'APPROVED', actor.id, now);
    const done = chunk.filter((row) => written.has(row.id));
    for (const row of chunk) {
      if (!written.has(row.id))
        result.skipped.push({
          segmentId: row.id,
          position: row.position,
          reasons: [{ code: 'changed', message: 'Saved by someone else while approving; look at it again.' }],
        });
    }
    if (done.length === 0) return;
    await insertRevisions(
      tx,
      done.map((r) => ({
        segmentId: r.id,
        version: r.version + 1,
        target: r.target,
        targetText: r.targetText,
        state: 'APPROVED' as const,
        origin: r.origin,
        action: 'approve',
        userId: actor.id,
      })),
      now,
    );
    await recordSegmentUnits(
      tx,
      document.projectId,
      done.map((r) => ({
        segmentId: r.id,
        sourceText: r.sourceText,
        targetText: r.targetText,
        state: 'APPROVED',
        origin: r.origin,
        doNotTranslate: r.doNotTranslate,
        prevSource: neighbours.get(r.position - 1) ?? '',
        nextSource: neighbours.get(r.position + 1) ?? '',
      })),
      actor.id,
    );
    for (const r of done) {
      const presented = presentSegment({ ...r, state: 'APPROVED', version: r.version + 1, updatedAt: now });
      result.approved.push(presented);
      publish(documentChannel(documentId), { type: 'segment.updated', segment: presented, by: { id: actor.id, name: actor.name } });
    }
  });
  result.skipped.sort((a, b) => (a.position ?? -1) - (b.position ?? -1));
  return result;
}
