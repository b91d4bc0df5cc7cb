import 'server-only';
// The pre-translation job's bulk write: a whole batch of drafts in two statements (per 200 rows)
// instead of one conditional UPDATE per segment plus a multi-row INSERT (through Prisma each
// statement costs a few hundred µs of CPU on the job's event loop, which is what made a 1,000
// paragraph job CPU-bound on a busy machine; see bench/pretranslate/run.ts).
//
//   1. one UPDATE … SET col = CASE "id" WHEN … END … WHERE ("id" = ? AND "version" = ?) OR …
//      AND <still in scope> RETURNING "id": each row is written only if it is still at the
//      version the job planned and still pre-translatable (the same rule as isPretranslatable), so a
//      person's edit made meanwhile always wins; PostgreSQL re-checks the WHERE on a row another
//      transaction changed concurrently, SQLite has one writer;
//   2. one INSERT of the revisions of the rows that took.
//
// Plain SQL that both engines accept (double-quoted identifiers, RETURNING, CAST … AS DOUBLE
// PRECISION, enum values as literals so PostgreSQL types them), with the PostgreSQL schema named
// explicitly: the adapter qualifies its own queries with it but does not set search_path. Prisma
// does not fill @updatedAt or @default(cuid()) for raw statements: updatedAt and the revision ids
// (random UUIDs; nothing reads an order into ids) are set here. The SQL text depends on the number
// of rows, so SQLite's statement cache (db/sqlite-adapter.ts) keeps one entry per batch size seen.
// write-drafts.test.ts runs it on both engines.
import { randomUUID } from 'node:crypto';
import type { PretranslateScope } from '../../workflow/pretranslate-scope';
import { databaseConfig } from '../db/config';
import type { Prisma as PrismaTypes } from '../db/client';
// The SQL template helpers are engine-independent (one runtime for both generated clients).
import { Prisma } from '../db/generated/sqlite/client';

export interface DraftWrite {
  segmentId: string;
  /** The version the job planned to overwrite; the segment becomes version + 1. */
  version: number;
  /** TipTap JSON and its plain text. */
  target: string;
  targetText: string;
  matchScore: number | null;
  /** The revision's reason (JSON: TM unit and score, or QA warnings), or null. */
  reason: string | null;
}

/** Rows per statement: keeps the bound parameters (≈ 10 per row) far below SQLite's limit of 32,766. */
const CHUNK = 200;

function table(name: 'Segment' | 'SegmentRevision'): Prisma.Sql {
  const config = databaseConfig();
  const schema = config.kind === 'postgresql' ? config.schema : undefined;
  return Prisma.raw(schema ? `"${schema.replace(/"/g, '""')}"."${name}"` : `"${name}"`);
}

/** isPretranslatable (lib/workflow/pretranslate-scope.ts) as SQL. */
function inScope(scope: PretranslateScope): Prisma.Sql {
  const notHuman = Prisma.sql`("origin" IS NULL OR "origin" IN ('TM', 'MT'))`;
  if (scope === 'empty') return Prisma.sql`"doNotTranslate" = ${false} AND "state" = 'EMPTY' AND ${notHuman}`;
  return Prisma.sql`"doNotTranslate" = ${false} AND (("state" = 'EMPTY' AND ${notHuman}) OR ("state" = 'DRAFT' AND "origin" IN ('TM', 'MT')))`;
}

/**
 * Writes the drafts that still may be written, in the caller's transaction, and returns the ids of
 * the segments written (the others changed since the job planned them: theirs wins).
 */
export async function writeDrafts(
  tx: PrismaTypes.TransactionClient,
  origin: 'TM' | 'MT',
  writes: readonly DraftWrite[],
  opts: { scope: PretranslateScope; userId: string | null; now?: Date },
): Promise<string[]> {
  const now = opts.now ?? new Date();
  const originSql = Prisma.raw(origin === 'TM' ? `'TM'` : `'MT'`);
  const written: string[] = [];
  for (let i = 0; i < writes.length; i += CHUNK) {
    const chunk = writes.slice(i, i + CHUNK);
    const ids = await updateChunk(tx, originSql, chunk, opts.scope, opts.userId, now);
    if (ids.size === 0) continue;
    const ok = chunk.filter((w) => ids.has(w.segmentId));
    const action = origin === 'TM' ? 'tm' : 'mt';
    const rows = ok.map(
      (w) =>
        Prisma.sql`(${randomUUID()}, ${w.segmentId}, ${w.version + 1}, ${w.target}, ${w.targetText}, 'DRAFT', ${originSql}, ${action}, ${w.reason}, ${opts.userId}, ${now})`,
    );
    await tx.$executeRaw`INSERT INTO ${table('SegmentRevision')} ("id", "segmentId", "version", "target", "targetText", "state", "origin", "action", "reason", "userId", "createdAt") VALUES ${Prisma.join(rows)}`;
    for (const w of ok) written.push(w.segmentId);
  }
  return written;
}

async function updateChunk(
  tx: PrismaTypes.TransactionClient,
  originSql: Prisma.Sql,
  chunk: readonly DraftWrite[],
  scope: PretranslateScope,
  userId: string | null,
  now: Date,
): Promise<Set<string>> {
  if (chunk.length === 0) return new Set();
  const caseOf = (value: (w: DraftWrite) => Prisma.Sql) =>
    Prisma.sql`CASE "id" ${Prisma.join(
      chunk.map((w) => Prisma.sql`WHEN ${w.segmentId} THEN ${value(w)}`),
      ' ',
    )} END`;
  const matchScore = chunk.every((w) => w.matchScore === null)
    ? Prisma.sql`NULL`
    : caseOf((w) => (w.matchScore === null ? Prisma.sql`NULL` : Prisma.sql`CAST(${w.matchScore} AS DOUBLE PRECISION)`));
  const planned = Prisma.join(
    chunk.map((w) => Prisma.sql`("id" = ${w.segmentId} AND "version" = ${w.version})`),
    ' OR ',
  );
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE ${table('Segment')} SET
      "target" = ${caseOf((w) => Prisma.sql`${w.target}`)},
      "targetText" = ${caseOf((w) => Prisma.sql`${w.targetText}`)},
      "state" = 'DRAFT',
      "origin" = ${originSql},
      "matchScore" = ${matchScore},
      "version" = "version" + 1,
      "updatedById" = ${userId},
      "updatedAt" = ${now}
    WHERE (${planned}) AND ${inScope(scope)}
    RETURNING "id"`;
  return new Set(rows.map((r) => r.id));
}
