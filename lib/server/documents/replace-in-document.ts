import 'server-only';
// Search and replace in a document's targets: a dry run returns the preview (before/after per
// segment); applying writes each segment with its own version check, one SegmentRevision
// (action "replace") per changed segment, and skips segments saved since the preview.
import { nextSentenceLinks } from '../../align/segment-links';
import { docToText, parseDoc } from '../../editor/doc';
import { buildSearchRegex, InvalidPatternError, replaceInDoc, type SearchPattern } from '../../editor/replace';
import { canEditSegment } from '../../workflow/segment-rule';
import { impliedState } from '../../workflow/segment-states';
import type { TReplaceInDocumentRequest } from '../api/editor.types';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { slicer, writeInSlices } from '../db/yield';
import { findInChunks, findInPages } from '../db/in-chunks';
import { AppError } from '../errors';
import { documentChannel, publish } from '../events/bus';
import { presentSegment, type TSegment } from '../presenters/segment';
import { requireDocument } from '../projects/access';
import { assertSegmentChangeAnywhere, ruleSettings } from '../segments/segment-rule';
import { bulkChunks, writeSegments, type SegmentWrite } from '../segments/bulk-write';

/** The source text of the paragraphs around these positions (the TM unit's context). */
async function unitNeighbours(documentId: string, positions: number[]): Promise<Map<number, string>> {
  if (positions.length === 0) return new Map();
  const wanted = [...new Set(positions.flatMap((p) => [p - 1, p + 1]))];
  const rows = await findInChunks(wanted.map(String), (chunk) =>
    db.segment.findMany({ where: { documentId, position: { in: chunk.map(Number) } }, select: { position: true, sourceText: true } }),
  );
  return new Map(rows.map((r) => [r.position, r.sourceText]));
}

export interface TReplaceMatch {
  segmentId: string;
  position: number;
  version: number;
  before: string;
  after: string;
  count: number;
}

export interface TReplaceResult {
  dryRun: boolean;
  matches: TReplaceMatch[];
  applied: TSegment[];
  skipped: { segmentId: string; reason: string }[];
}

export async function replaceInDocument(actor: Actor, documentId: string, input: TReplaceInDocumentRequest): Promise<TReplaceResult> {
  const { role, document } = await requireDocument(actor, documentId, 'segment.write');
  // Who may change which segment: the segment rule, as for a save. A dry run only searches.
  const settings = await ruleSettings(document.projectId);
  if (!input.dryRun) assertSegmentChangeAnywhere(role, settings, { action: 'edit', textChanged: true });
  let re: SearchPattern;
  try {
    re = buildSearchRegex(input);
  } catch (err) {
    if (err instanceof InvalidPatternError)
      throw new AppError('validation_failed', err.message, { fields: [{ path: 'find', message: err.message }] }).because('pattern_invalid');
    throw err;
  }
  const where = { documentId, doNotTranslate: false, target: { not: null } };
  const rows = input.segmentIds
    ? (await findInChunks([...new Set(input.segmentIds)], (ids) => db.segment.findMany({ where: { ...where, id: { in: ids } } }))).sort(
        (a, b) => a.position - b.position,
      )
    : await findInPages(({ after, take }) =>
        db.segment.findMany({ where: { ...where, position: { gt: after } }, orderBy: { position: 'asc' }, take }),
      );

  // Planned and checked with pauses (db/yield.ts): other users' saves are not held behind 10,000 rows.
  const pause = slicer();
  const planned = [];
  for (const s of rows) {
    await pause();
    const doc = parseDoc(s.target);
    if (!doc) continue;
    const out = replaceInDoc(doc, re, input.replace, input.regex);
    if (out.count === 0) continue;
    planned.push({
      row: s,
      doc: out.doc,
      match: {
        segmentId: s.id,
        position: s.position,
        version: s.version,
        before: s.targetText,
        after: docToText(out.doc),
        count: out.count,
      },
    });
  }
  const result: TReplaceResult = { dryRun: input.dryRun, matches: planned.map((p) => p.match), applied: [], skipped: [] };
  if (input.dryRun) return result;

  // Checked segment by segment (the preview's version, the segment rule), then written in slices
  // of a few statements each (segments/bulk-write.ts) with pauses between them (db/yield.ts).
  const accepted: { row: (typeof planned)[number]['row']; write: SegmentWrite }[] = [];
  for (const { row, doc, match } of planned) {
    await pause();
    const expected = input.versions?.[row.id] ?? row.version;
    if (expected !== row.version) {
      result.skipped.push({ segmentId: row.id, reason: `changed since the preview (version ${expected} → ${row.version})` });
      continue;
    }
    const state = impliedState(row.state, match.after);
    const verdict = canEditSegment(role, row.state, settings, {
      action: 'edit',
      textChanged: true,
      ...(state !== row.state ? { to: state } : {}),
    });
    if (!verdict.ok) {
      result.skipped.push({ segmentId: row.id, reason: verdict.reason });
      continue;
    }
    accepted.push({
      row,
      write: {
        id: row.id,
        version: row.version,
        target: match.after === '' ? null : JSON.stringify(doc),
        targetText: match.after,
        oldTargetText: row.targetText,
        state,
        sentenceLinks: nextSentenceLinks(row.sentenceLinks, {
          sourceText: row.sourceText,
          oldTargetText: row.targetText,
          targetText: match.after,
          oldState: row.state,
          state,
        }),
        // Confirmed or approved text changed: the memory holds the new wording, as after a save.
        unit: { segmentId: row.id, sourceText: row.sourceText, doNotTranslate: row.doNotTranslate, prevSource: '', nextSource: '' },
      },
    });
  }
  const neighbours = await unitNeighbours(
    documentId,
    accepted.filter((a) => a.write.state === 'TRANSLATED' || a.write.state === 'APPROVED').map((a) => a.row.position),
  );
  for (const a of accepted)
    Object.assign(a.write.unit, {
      prevSource: neighbours.get(a.row.position - 1) ?? '',
      nextSource: neighbours.get(a.row.position + 1) ?? '',
    });
  await writeInSlices(bulkChunks(accepted), async (tx, chunk) => {
    const now = new Date();
    const written = await writeSegments(
      tx,
      chunk.map((a) => a.write),
      { origin: 'HUMAN', action: 'replace', userId: actor.id, projectId: document.projectId, now },
    );
    for (const { row, write } of chunk) {
      if (!written.has(row.id)) {
        result.skipped.push({ segmentId: row.id, reason: 'saved by someone else while replacing' });
        continue;
      }
      const presented = presentSegment({
        ...row,
        target: write.target,
        targetText: write.targetText,
        state: write.state,
        origin: 'HUMAN',
        matchScore: null,
        version: row.version + 1,
        updatedAt: now,
      });
      result.applied.push(presented);
      publish(documentChannel(documentId), { type: 'segment.updated', segment: presented, by: { id: actor.id, name: actor.name } });
    }
  });
  return result;
}
