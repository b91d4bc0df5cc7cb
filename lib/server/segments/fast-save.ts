import 'server-only';
// The segment save on SQLite, synchronously: the autosave is the request the workbench answers most
// often, and through Prisma it costs about ten statements' worth of CPU (query planning, result
// mapping, the interactive transaction's bookkeeping), which capped a 2-core server well below
// its target (bench/load). Here the whole save is one BEGIN IMMEDIATE … COMMIT on Prisma's own
// connection with prepared statements and no await in between, so no other request can interleave.
//
// It handles plain saves: the common case of an editor autosaving or confirming. It returns null,
// and update-segment.ts takes the Prisma path, for everything with more to do: PostgreSQL, a
// connection not open yet or inside a Prisma transaction, a confirmation or approval (QA gate,
// translation memory), or changed text on a segment with target annotations (re-anchoring). The
// rules themselves are shared (save-plan.ts, and the segment rule with the project's settings read
// in the same SELECT), so both paths accept and refuse the same saves; fast-save.test.ts checks
// they store the same rows.
import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { nextSentenceLinks } from '../../align/segment-links';
import type { Role, SegmentState, Origin } from '../../workflow/segment-states';
import type { TUpdateSegmentRequest } from '../api/segments.types';
import type { Actor } from '../auth/authenticate';
import { sqliteConnection } from '../db/client';
import { prepareStatement } from '../db/sqlite-adapter';
import { notFound } from '../errors';
import { authorize } from '../policies';
import type { TSegment } from '../presenters/segment';
import { announceSaved, conflictError, needsFullSave, planSave, revisionAction, type SegmentRow } from './save-plan';
import { ruleSettingsOf } from './segment-rule';

interface Statements {
  begin: BetterSqlite3.Statement;
  commit: BetterSqlite3.Statement;
  rollback: BetterSqlite3.Statement;
  load: BetterSqlite3.Statement<[string, string], RawSegment & { __role: Role | null; __settings: string | null }>;
  hasAnnotations: BetterSqlite3.Statement<[string], unknown>;
  update: BetterSqlite3.Statement<unknown[], RawSegment>;
  insertRevision: BetterSqlite3.Statement<unknown[], unknown>;
}

/** A Segment row as SQLite returns it (booleans as 0/1, dates as ISO text). */
type RawSegment = Omit<SegmentRow, 'doNotTranslate' | 'createdAt' | 'updatedAt' | 'state' | 'origin'> & {
  doNotTranslate: number;
  createdAt: string;
  updatedAt: string;
  state: SegmentState;
  origin: Origin | null;
};

const statementsOf = new WeakMap<BetterSqlite3.Database, Statements>();

function statements(database: BetterSqlite3.Database): Statements {
  let s = statementsOf.get(database);
  if (s) return s;
  const prepare = (sql: string) => prepareStatement(database, sql).safeIntegers(false);
  s = {
    begin: prepare('BEGIN IMMEDIATE'),
    commit: prepare('COMMIT'),
    rollback: prepare('ROLLBACK'),
    load: prepare(
      `SELECT s.*, m."role" AS "__role", p."settings" AS "__settings" FROM "Segment" s
       JOIN "Document" d ON d."id" = s."documentId"
       JOIN "Project" p ON p."id" = d."projectId"
       LEFT JOIN "Membership" m ON m."projectId" = d."projectId" AND m."userId" = ?
       WHERE s."id" = ?`,
    ) as Statements['load'],
    hasAnnotations: prepare(
      `SELECT 1 FROM "Annotation" WHERE "segmentId" = ? AND "side" = 'target' LIMIT 1`,
    ) as Statements['hasAnnotations'],
    update: prepare(
      `UPDATE "Segment" SET "target" = ?, "targetText" = ?, "state" = ?, "origin" = 'HUMAN', "matchScore" = NULL,
         "sentenceLinks" = ?, "version" = ?, "updatedById" = ?, "updatedAt" = ?
       WHERE "id" = ? AND "version" = ? RETURNING *`,
    ) as Statements['update'],
    insertRevision: prepare(
      `INSERT INTO "SegmentRevision" ("id", "segmentId", "version", "target", "targetText", "state", "origin", "action", "reason", "userId", "createdAt")
       VALUES (?, ?, ?, ?, ?, ?, 'HUMAN', ?, NULL, ?, ?)`,
    ),
  };
  statementsOf.set(database, s);
  return s;
}

/** Dates as Prisma's SQLite adapter writes them (ISO 8601 with an explicit offset). */
const sqliteDate = (d: Date) => d.toISOString().replace('Z', '+00:00');

function toSegment(raw: RawSegment): SegmentRow {
  const { __role: _role, __settings: _settings, ...row } = raw as RawSegment & { __role?: unknown; __settings?: unknown };
  return { ...row, doNotTranslate: row.doNotTranslate !== 0, createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt) };
}

/** The saved segment, or null when this save needs the Prisma path. Throws the same AppErrors. */
export function fastSave(actor: Actor, segmentId: string, input: TUpdateSegmentRequest): TSegment | null {
  if (process.env.FAST_SAVE === '0') return null;
  const database = sqliteConnection();
  if (!database || database.inTransaction) return null;
  const st = statements(database);
  let saved: SegmentRow | null = null;
  st.begin.run();
  try {
    const row = st.load.get(actor.id, segmentId);
    // As requireSegment: a segment outside the caller's projects does not exist for them.
    if (!row || !row.__role) throw notFound('Segment');
    const role = row.__role;
    authorize(role, 'segment.write', 'Segment');
    const segment = toSegment(row);
    const plan = planSave(segment, role, ruleSettingsOf(row.__settings), input);
    // Confirmations, approvals and edits of a confirmed text go through Prisma (QA gate, TM unit).
    if (needsFullSave(segment.state, plan)) return rollback(st);
    if (plan.textChanged && st.hasAnnotations.get(segmentId)) return rollback(st);
    if (segment.version !== input.version) throw conflictError(input.version, segment);
    const now = new Date();
    const version = input.version + 1;
    const links = nextSentenceLinks(segment.sentenceLinks, {
      sourceText: segment.sourceText,
      oldTargetText: segment.targetText,
      targetText: plan.targetText,
      oldState: segment.state,
      state: plan.state,
    });
    const updated = st.update.get(
      plan.targetJson,
      plan.targetText,
      plan.state,
      links,
      version,
      actor.id,
      sqliteDate(now),
      segmentId,
      input.version,
    );
    if (!updated) throw conflictError(input.version, segment); // cannot happen inside the transaction; kept as the rule
    st.insertRevision.run(
      randomUUID(),
      segmentId,
      version,
      plan.targetJson,
      plan.targetText,
      plan.state,
      revisionAction(segment.state, plan.state),
      actor.id,
      sqliteDate(now),
    );
    st.commit.run();
    saved = toSegment(updated);
  } catch (err) {
    if (database.inTransaction) st.rollback.run();
    throw err;
  }
  return announceSaved(actor, saved);
}

function rollback(st: Statements): null {
  st.rollback.run();
  return null;
}
