import 'server-only';
import { SEGMENT_STATES, type SegmentState } from '../../workflow/segment-states';
import { db } from '../db/client';

export type TProgress = Record<SegmentState, number> & { total: number; excluded: number };

export interface TDocument {
  id: string;
  projectId: string;
  title: string;
  sourceFormat: string;
  segmentCount: number;
  progress: TProgress;
  createdAt: string;
  updatedAt: string;
}

type DocumentRow = { id: string; projectId: string; title: string; sourceFormat: string; createdAt: Date; updatedAt: Date };

/** Counts segments by state; "do not translate" segments are left out of progress. */
export async function progressFor(documentIds: string[]): Promise<Map<string, { segmentCount: number; progress: TProgress }>> {
  const rows = await db.segment.groupBy({
    by: ['documentId', 'state', 'doNotTranslate'],
    where: { documentId: { in: documentIds } },
    _count: { _all: true },
  });
  const out = new Map<string, { segmentCount: number; progress: TProgress }>();
  for (const id of documentIds) {
    const progress = Object.fromEntries(SEGMENT_STATES.map((s) => [s, 0])) as TProgress;
    progress.total = 0;
    progress.excluded = 0;
    out.set(id, { segmentCount: 0, progress });
  }
  for (const r of rows) {
    const entry = out.get(r.documentId)!;
    entry.segmentCount += r._count._all;
    if (r.doNotTranslate) entry.progress.excluded += r._count._all;
    else {
      entry.progress[r.state] += r._count._all;
      entry.progress.total += r._count._all;
    }
  }
  return out;
}

export async function presentDocuments(docs: DocumentRow[]): Promise<TDocument[]> {
  const progress = await progressFor(docs.map((d) => d.id));
  return docs.map((d) => ({
    id: d.id,
    projectId: d.projectId,
    title: d.title,
    sourceFormat: d.sourceFormat,
    ...progress.get(d.id)!,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  }));
}

export async function presentDocument(doc: DocumentRow): Promise<TDocument> {
  return (await presentDocuments([doc]))[0]!;
}
