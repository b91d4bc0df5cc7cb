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
import { slicer } from '../db/yield';
import { findInChunks } from '../db/in-chunks';
import { AppError } from '../errors';
import { documentChannel, publish } from '../events/bus';
import { reanchorAnnotations } from '../review/reanchor-annotations';
import { presentSegment, type TSegment } from '../presenters/segment';
import { requireDocument } from '../projects/access';
import { assertSegmentChangeAnywhere, ruleSettings } from '../segments/segment-rule';
import { recordSegmentUnit } from '../tm/record-unit';

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
    if (err instanceof InvalidPatternError) throw new AppError('validation_failed', err.message, { fields: [{ path: 'find', message: err.message }] }).because('pattern_invalid');
    throw err;
  }
  const where = { documentId, doNotTranslate: false, target: { not: null } };
  const rows = input.segmentIds
    ? (await findInChunks([...new Set(input.segmentIds)], (ids) => db.segment.findMany({ where: { ...where, id: { in: ids } } }))).sort((a, b) => a.position - b.position)
    : await db.segment.findMany({ where, orderBy: { position: 'asc' } });

  const planned = [];
  for (const s of rows) {
    const doc = parseDoc(s.target);
    if (!doc) continue;
    const out = replaceInDoc(doc, re, input.replace, input.regex);
    if (out.count === 0) continue;
    planned.push({ row: s, doc: out.doc, match: { segmentId: s.id, position: s.position, version: s.version, before: s.targetText, after: docToText(out.doc), count: out.count } });
  }
  const result: TReplaceResult = { dryRun: input.dryRun, matches: planned.map((p) => p.match), applied: [], skipped: [] };
  if (input.dryRun) return result;

  const pause = slicer(); // a replace over 10,000 segments lets other requests run (db/yield.ts)
  for (const { row, doc, match } of planned) {
    await pause();
    const expected = input.versions?.[row.id] ?? row.version;
    if (expected !== row.version) {
      result.skipped.push({ segmentId: row.id, reason: `changed since the preview (version ${expected} → ${row.version})` });
      continue;
    }
    const state = impliedState(row.state, match.after);
    const verdict = canEditSegment(role, row.state, settings, { action: 'edit', textChanged: true, ...(state !== row.state ? { to: state } : {}) });
    if (!verdict.ok) {
      result.skipped.push({ segmentId: row.id, reason: verdict.reason });
      continue;
    }
    const target = match.after === '' ? null : JSON.stringify(doc);
    const version = row.version + 1;
    const saved = await db.$transaction(async (tx) => {
      const { count } = await tx.segment.updateMany({
        where: { id: row.id, version: row.version },
        data: {
          target, targetText: match.after, state, origin: 'HUMAN', matchScore: null, version, updatedById: actor.id,
          sentenceLinks: nextSentenceLinks(row.sentenceLinks, { sourceText: row.sourceText, oldTargetText: row.targetText, targetText: match.after, oldState: row.state, state }),
        },
      });
      if (count === 0) return null;
      await tx.segmentRevision.create({
        data: { segmentId: row.id, version, target, targetText: match.after, state, origin: 'HUMAN', action: 'replace', userId: actor.id },
      });
      // Review annotations stay on their words (or become detached) when the text changes.
      await reanchorAnnotations(tx, row.id, row.targetText, match.after);
      // Confirmed or approved text changed: the memory holds the new wording, as after a save.
      if (state === 'TRANSLATED' || state === 'APPROVED') await recordSegmentUnit(tx, row.id, actor.id);
      return tx.segment.findUniqueOrThrow({ where: { id: row.id } });
    });
    if (!saved) {
      result.skipped.push({ segmentId: row.id, reason: 'saved by someone else while replacing' });
      continue;
    }
    const presented = presentSegment(saved);
    result.applied.push(presented);
    publish(documentChannel(documentId), { type: 'segment.updated', segment: presented, by: { id: actor.id, name: actor.name } });
  }
  return result;
}
