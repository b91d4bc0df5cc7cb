import 'server-only';
// The hooks that feed the translation memory. Every confirmed (TRANSLATED) or approved segment is one
// TmUnit: source, target, the previous and next source paragraphs as context, its state (CONFIRMED
// or APPROVED: approved units rank first, lib/tm/tm-index.ts), its origin (the segment's: HUMAN, MT,
// TM, ALIGNED), who and when. Call recordSegmentUnit inside the transaction that confirms or approves
// (update-segment.ts, the review decisions); a segment recorded again replaces its earlier unit, so
// the memory holds its latest wording once. A rejection removes the unit; a reopened segment keeps
// it, demoted to CONFIRMED. Aligned text (apply-alignment.ts) is recorded with origin ALIGNED.
import { normalizeSource } from '../../tm/similarity';
import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { databaseKind, sqliteConnection, type Prisma } from '../db/client';
import { prepareStatement } from '../db/sqlite-adapter';
import { invalidateTm } from './cache';

export type TmUnitState = 'CONFIRMED' | 'APPROVED';

export function unitStateOf(segmentState: string): TmUnitState | null {
  return segmentState === 'APPROVED' ? 'APPROVED' : segmentState === 'TRANSLATED' ? 'CONFIRMED' : null;
}

/**
 * Records the segment's current text when it is confirmed or approved; with `aligned`, also an
 * aligned draft (text taken from a published translation counts as confirmed, origin ALIGNED).
 */
export async function recordSegmentUnit(
  tx: Prisma.TransactionClient,
  segmentId: string,
  userId: string | null,
  opts: { aligned?: boolean } = {},
): Promise<void> {
  const s = await tx.segment.findUnique({
    where: { id: segmentId },
    select: {
      id: true,
      documentId: true,
      position: true,
      sourceText: true,
      targetText: true,
      state: true,
      origin: true,
      doNotTranslate: true,
      document: { select: { projectId: true } },
    },
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
export async function recordSegmentUnits(
  tx: Prisma.TransactionClient,
  projectId: string,
  rows: UnitRow[],
  userId: string | null,
  opts: { aligned?: boolean } = {},
): Promise<void> {
  const units = rows.flatMap((s) => {
    const state = unitStateOf(s.state) ?? (opts.aligned && s.origin === 'ALIGNED' ? 'CONFIRMED' : null);
    if (!state || s.doNotTranslate || s.targetText.trim() === '' || s.sourceText.trim() === '') return [];
    return [
      {
        projectId,
        source: s.sourceText,
        target: s.targetText,
        sourceNorm: normalizeSource(s.sourceText),
        prevSource: s.prevSource,
        nextSource: s.nextSource,
        segmentId: s.segmentId,
        createdById: userId,
        state,
        origin: (s.origin ?? 'HUMAN') as 'HUMAN',
      },
    ];
  });
  if (units.length === 0) return;
  await tx.tmUnit.deleteMany({ where: { projectId, segmentId: { in: units.map((u) => u.segmentId) } } });
  await insertUnits(tx, units);
  invalidateTm(projectId);
}

type NewUnit = {
  projectId: string;
  source: string;
  target: string;
  sourceNorm: string;
  prevSource: string;
  nextSource: string;
  segmentId: string;
  createdById: string | null;
  state: string;
  origin: string;
};
const unitInserts = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement>();

/** Many units in one INSERT … FROM unnest (PostgreSQL) or prepared INSERTs on the transaction's connection (SQLite). */
async function insertUnits(tx: Prisma.TransactionClient, units: NewUnit[]): Promise<void> {
  const now = new Date();
  if (databaseKind() === 'postgresql') {
    const col = <K extends keyof NewUnit>(k: K) => units.map((u) => u[k]);
    await tx.$executeRawUnsafe(
      `INSERT INTO "TmUnit" ("id", "projectId", "source", "target", "sourceNorm", "prevSource", "nextSource", "segmentId", "createdById", "state", "origin", "createdAt")
       SELECT x.*, $12::timestamp FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[]) AS x`,
      units.map(() => randomUUID()),
      col('projectId'),
      col('source'),
      col('target'),
      col('sourceNorm'),
      col('prevSource'),
      col('nextSource'),
      col('segmentId'),
      col('createdById'),
      col('state'),
      col('origin'),
      now.toISOString().replace('Z', ''),
    );
    return;
  }
  const database = sqliteConnection();
  if (!database?.inTransaction) {
    await tx.tmUnit.createMany({ data: units });
    return;
  }
  let st = unitInserts.get(database);
  if (!st) {
    st = prepareStatement(
      database,
      `INSERT INTO "TmUnit" ("id", "projectId", "source", "target", "sourceNorm", "prevSource", "nextSource", "segmentId", "createdById", "state", "origin", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    unitInserts.set(database, st);
  }
  const at = now.toISOString().replace('Z', '+00:00');
  for (const u of units)
    st.run(
      randomUUID(),
      u.projectId,
      u.source,
      u.target,
      u.sourceNorm,
      u.prevSource,
      u.nextSource,
      u.segmentId,
      u.createdById,
      u.state,
      u.origin,
      at,
    );
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
