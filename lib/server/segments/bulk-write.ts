import 'server-only';
// Bulk segment writes (alignment apply, replace): a slice of segments written with a handful of
// statements instead of seven per segment. Each segment is still written only on the version it was
// read at (optimistic concurrency, as a save), gets its revision, its annotations carried over the
// change, and its translation-memory unit when the new state calls for one. On PostgreSQL the
// updates of a slice are one UPDATE … FROM unnest(…) (one round trip); on SQLite, where a statement
// costs no round trip, one prepared UPDATE per segment on the transaction's own connection.
import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { databaseKind, sqliteConnection, type Prisma } from '../db/client';
import { prepareStatement } from '../db/sqlite-adapter';
import { reanchorAnnotations } from '../review/reanchor-annotations';
import { recordSegmentUnits, type UnitRow } from '../tm/record-unit';
import type { Origin, SegmentState } from '../../workflow/segment-states';

const updates = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement>();
function sqliteUpdate(database: BetterSqlite3.Database): BetterSqlite3.Statement {
  let st = updates.get(database);
  if (!st) {
    st = prepareStatement(
      database,
      `UPDATE "Segment" SET "target" = ?, "targetText" = ?, "state" = ?, "origin" = ?, "matchScore" = NULL, "version" = ?,
      "updatedById" = ?, "sentenceLinks" = ?, "updatedAt" = ? WHERE "id" = ? AND "version" = ?`,
    );
    updates.set(database, st);
  }
  return st;
}

/**
 * A bulk write's segments in groups written together: 50 on SQLite (under its 999 parameters in the
 * IN lists; a statement there costs no round trip), 500 on PostgreSQL, where each statement is a
 * round trip and the values travel as arrays: 10,000 segments are 20 transactions of a few
 * statements each instead of 200 (issue #20 item 4). The work between statements is the server's,
 * so the event loop stays free for other requests while a group is written.
 */
export function bulkChunks<T>(items: readonly T[]): T[][] {
  const size = databaseKind() === 'postgresql' ? 500 : 50;
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface SegmentWrite {
  id: string;
  /** The version the segment was read at; the write happens only if it still has it. */
  version: number;
  target: string | null;
  targetText: string;
  oldTargetText: string;
  state: SegmentState;
  sentenceLinks: string | null;
  /** For the memory: the segment as written, with its neighbours' source text. */
  unit: Omit<UnitRow, 'targetText' | 'state' | 'origin'>;
}

/**
 * Writes the slice in `tx`; returns the ids written (the others were saved by someone in between).
 * `unitsFor`: which states record a TM unit (`aligned`: an aligned draft counts as confirmed).
 */
export async function writeSegments(
  tx: Prisma.TransactionClient,
  writes: SegmentWrite[],
  opts: { origin: Origin; action: string; userId: string; projectId: string; aligned?: boolean; now?: Date },
): Promise<Set<string>> {
  if (writes.length === 0) return new Set();
  const now = opts.now ?? new Date();
  let written: Set<string>;
  if (databaseKind() === 'postgresql') {
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `UPDATE "Segment" s SET "target" = v.target, "targetText" = v.text, "state" = v.state::"SegmentState", "origin" = $7::"Origin",
         "matchScore" = NULL, "version" = v.version + 1, "updatedById" = $8, "sentenceLinks" = v.links, "updatedAt" = $9::timestamp
       FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[]) AS v(id, version, target, text, state, links)
       WHERE s."id" = v.id AND s."version" = v.version RETURNING s."id"`,
      writes.map((w) => w.id),
      writes.map((w) => w.version),
      writes.map((w) => w.target),
      writes.map((w) => w.targetText),
      writes.map((w) => w.state),
      writes.map((w) => w.sentenceLinks),
      opts.origin,
      opts.userId,
      now.toISOString().replace('Z', ''),
    );
    written = new Set(rows.map((r) => r.id));
  } else if (sqliteConnection()?.inTransaction) {
    // The transaction `tx` is open on this very connection (Prisma's SQLite driver has one): a
    // prepared statement here runs inside it, without Prisma's cost per query.
    const update = sqliteUpdate(sqliteConnection()!);
    const at = now.toISOString().replace('Z', '+00:00'); // as Prisma's SQLite adapter writes dates
    written = new Set(
      writes
        .filter(
          (w) =>
            update.run(w.target, w.targetText, w.state, opts.origin, w.version + 1, opts.userId, w.sentenceLinks, at, w.id, w.version)
              .changes > 0,
        )
        .map((w) => w.id),
    );
  } else {
    written = new Set();
    for (const w of writes) {
      const { count } = await tx.segment.updateMany({
        where: { id: w.id, version: w.version },
        data: {
          target: w.target,
          targetText: w.targetText,
          state: w.state,
          origin: opts.origin,
          matchScore: null,
          version: w.version + 1,
          updatedById: opts.userId,
          sentenceLinks: w.sentenceLinks,
          updatedAt: now,
        },
      });
      if (count) written.add(w.id);
    }
  }
  const done = writes.filter((w) => written.has(w.id));
  if (done.length === 0) return written;
  await insertRevisions(
    tx,
    done.map((w) => ({
      segmentId: w.id,
      version: w.version + 1,
      target: w.target,
      targetText: w.targetText,
      state: w.state,
      origin: opts.origin,
      action: opts.action,
      userId: opts.userId,
    })),
    now,
  );
  // Annotations: only the segments that have target-side ones (one query finds them).
  const changed = done.filter((w) => w.oldTargetText !== w.targetText);
  if (changed.length) {
    const annotated = new Set(
      (
        await tx.annotation.findMany({
          where: { segmentId: { in: changed.map((w) => w.id) }, side: 'target' },
          select: { segmentId: true },
          distinct: ['segmentId'],
        })
      ).map((a) => a.segmentId),
    );
    for (const w of changed) if (annotated.has(w.id)) await reanchorAnnotations(tx, w.id, w.oldTargetText, w.targetText);
  }
  await recordSegmentUnits(
    tx,
    opts.projectId,
    done.map((w) => ({ ...w.unit, targetText: w.targetText, state: w.state, origin: opts.origin })),
    opts.userId,
    { aligned: opts.aligned },
  );
  return written;
}

/**
 * Sets the state of many segments (bulk approve), each only on the version it was read at, as the
 * writes above: one UPDATE … FROM unnest on PostgreSQL, a prepared UPDATE per segment on SQLite.
 * Returns the ids written. Revisions and TM units are the caller's (they depend on the decision).
 */
export async function setSegmentStates(
  tx: Prisma.TransactionClient,
  rows: { id: string; version: number }[],
  state: SegmentState,
  userId: string,
  now: Date,
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  if (databaseKind() === 'postgresql') {
    const done = await tx.$queryRawUnsafe<{ id: string }[]>(
      `UPDATE "Segment" s SET "state" = $3::"SegmentState", "version" = v.version + 1, "updatedById" = $4, "updatedAt" = $5::timestamp
       FROM unnest($1::text[], $2::int[]) AS v(id, version) WHERE s."id" = v.id AND s."version" = v.version RETURNING s."id"`,
      rows.map((r) => r.id),
      rows.map((r) => r.version),
      state,
      userId,
      now.toISOString().replace('Z', ''),
    );
    return new Set(done.map((r) => r.id));
  }
  const database = sqliteConnection();
  if (database?.inTransaction) {
    let st = stateUpdates.get(database);
    if (!st)
      stateUpdates.set(
        database,
        (st = prepareStatement(
          database,
          `UPDATE "Segment" SET "state" = ?, "version" = ?, "updatedById" = ?, "updatedAt" = ? WHERE "id" = ? AND "version" = ?`,
        )),
      );
    const at = now.toISOString().replace('Z', '+00:00');
    return new Set(rows.filter((r) => st!.run(state, r.version + 1, userId, at, r.id, r.version).changes > 0).map((r) => r.id));
  }
  const written = new Set<string>();
  for (const r of rows) {
    const { count } = await tx.segment.updateMany({
      where: { id: r.id, version: r.version },
      data: { state, version: r.version + 1, updatedById: userId, updatedAt: now },
    });
    if (count) written.add(r.id);
  }
  return written;
}
const stateUpdates = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement>();

export interface RevisionRow {
  segmentId: string;
  version: number;
  target: string | null;
  targetText: string;
  state: SegmentState;
  origin: Origin | null;
  action: string;
  userId: string;
}

/**
 * The revisions of a slice (ids are UUIDs, as fast-save.ts gives them): one INSERT … SELECT FROM
 * unnest on PostgreSQL, a prepared INSERT per row on SQLite's transaction connection (Prisma's
 * createMany spent more in its own JS per row than SQLite in the insert).
 */
export async function insertRevisions(tx: Prisma.TransactionClient, rows: RevisionRow[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  if (databaseKind() === 'postgresql') {
    await tx.$executeRawUnsafe(
      `INSERT INTO "SegmentRevision" ("id", "segmentId", "version", "target", "targetText", "state", "origin", "action", "reason", "userId", "createdAt")
       SELECT x.id, x.sid, x.v, x.t, x.tt, x.st::"SegmentState", x.o::"Origin", x.a, NULL, x.u, $10::timestamp
       FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[]) AS x(id, sid, v, t, tt, st, o, a, u)`,
      rows.map(() => randomUUID()),
      rows.map((r) => r.segmentId),
      rows.map((r) => r.version),
      rows.map((r) => r.target),
      rows.map((r) => r.targetText),
      rows.map((r) => r.state),
      rows.map((r) => r.origin),
      rows.map((r) => r.action),
      rows.map((r) => r.userId),
      now.toISOString().replace('Z', ''),
    );
    return;
  }
  const database = sqliteConnection();
  if (database?.inTransaction) {
    let st = revisionInserts.get(database);
    if (!st) {
      st = prepareStatement(
        database,
        `INSERT INTO "SegmentRevision" ("id", "segmentId", "version", "target", "targetText", "state", "origin", "action", "reason", "userId", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
      );
      revisionInserts.set(database, st);
    }
    const at = now.toISOString().replace('Z', '+00:00');
    for (const r of rows) st.run(randomUUID(), r.segmentId, r.version, r.target, r.targetText, r.state, r.origin, r.action, r.userId, at);
    return;
  }
  await tx.segmentRevision.createMany({ data: rows.map((r) => ({ ...r, createdAt: now })) });
}
const revisionInserts = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement>();
