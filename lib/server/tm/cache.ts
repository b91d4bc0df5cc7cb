import 'server-only';
// One TmIndex per project, kept in memory and rebuilt when the memory changes. Whether it changed
// is asked of the database on every use (count and newest createdAt of the project's units, and how
// many are approved, since a reopening demotes a unit in place), so several app instances sharing one database never serve a stale index;
// writers in this process also drop the cached index at once with invalidateTm().
import { TmIndex, type TmEntry } from '../../tm/tm-index';
import { db } from '../db/client';

interface Cached {
  stamp: string;
  index: TmIndex;
}

const globalForTm = globalThis as unknown as { __workbenchTm?: Map<string, Cached> };
const cache = (globalForTm.__workbenchTm ??= new Map<string, Cached>());

async function stampOf(projectId: string): Promise<string> {
  const [agg, approved] = await Promise.all([
    db.tmUnit.aggregate({ where: { projectId }, _count: { _all: true }, _max: { createdAt: true } }),
    db.tmUnit.count({ where: { projectId, state: 'APPROVED' } }),
  ]);
  return `${agg._count._all}:${agg._max.createdAt?.getTime() ?? 0}:${approved}`;
}

export async function getTmIndex(projectId: string): Promise<TmIndex> {
  const stamp = await stampOf(projectId);
  const hit = cache.get(projectId);
  if (hit && hit.stamp === stamp) return hit.index;
  const rows = await db.tmUnit.findMany({
    where: { projectId },
    select: {
      id: true,
      source: true,
      target: true,
      prevSource: true,
      nextSource: true,
      createdAt: true,
      createdById: true,
      state: true,
      origin: true,
    },
    orderBy: { createdAt: 'asc' },
  });
  const index = new TmIndex(rows as TmEntry[]);
  cache.set(projectId, { stamp, index });
  return index;
}

export function invalidateTm(projectId: string): void {
  cache.delete(projectId);
}
