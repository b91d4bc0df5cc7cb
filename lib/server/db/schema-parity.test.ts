// The hand-written migrations (prisma/migrations/<engine>/*.sql) and Prisma's model
// (prisma/schema.prisma) must describe the same tables and columns: a column the model has and the
// migrations lack fails at the first query in production; a column the migrations add and the model
// lacks is invisible to Prisma (and to raw-SQL writers that copy rows). Runs on the engine of this
// test run (SQLite by default, PostgreSQL with DATABASE_URL=postgresql://…).
import { describe, expect, it } from 'vitest';
import * as Namespace from './generated/sqlite/internal/prismaNamespace';
import { useTestDatabase } from '../testing/db';
import { databaseKind, db } from './client';

useTestDatabase();

/** Prisma's model: table → scalar columns (the schema maps no names, so field = column). */
function modelColumns(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const ns = Namespace as unknown as Record<string, unknown>;
  for (const model of Object.values(Namespace.ModelName)) {
    const fields = ns[`${model}ScalarFieldEnum`] as Record<string, string> | undefined;
    if (!fields) throw new Error(`no ${model}ScalarFieldEnum in the generated client`);
    out.set(model, new Set(Object.values(fields)));
  }
  return out;
}

async function databaseColumns(): Promise<Map<string, Set<string>>> {
  const rows: { table: string; column: string }[] =
    databaseKind() === 'sqlite'
      ? await db.$queryRawUnsafe(
          `SELECT m.name AS "table", p.name AS "column" FROM sqlite_master m, pragma_table_info(m.name) p
           WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '\\_%' ESCAPE '\\'`,
        )
      : await db.$queryRawUnsafe(
          `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name NOT LIKE '\\_%'`,
        );
  const out = new Map<string, Set<string>>();
  for (const { table, column } of rows) {
    if (!out.has(table)) out.set(table, new Set());
    out.get(table)!.add(column);
  }
  return out;
}

describe(`migrations and the Prisma model agree (${process.env.DATABASE_URL?.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('has every model table with exactly the model columns', async () => {
    const model = modelColumns();
    const actual = await databaseColumns();
    expect(actual.get('Segment')?.has('version')).toBe(true); // the query itself sees the tables
    const problems: string[] = [];
    for (const [table, columns] of model) {
      const have = actual.get(table);
      if (!have) {
        problems.push(`table ${table} is in the model but no migration creates it`);
        continue;
      }
      for (const c of columns) if (!have.has(c)) problems.push(`${table}.${c} is in the model but not in the migrations`);
      for (const c of have) if (!columns.has(c)) problems.push(`${table}.${c} is in the migrations but not in the model`);
    }
    for (const table of actual.keys()) if (!model.has(table)) problems.push(`table ${table} is in the migrations but not in the model`);
    expect(problems).toEqual([]);
  });
});
