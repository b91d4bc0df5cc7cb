// Rows written and read directly by test fixtures (the policy table's request builders), so that
// code outside lib/server never talks to Prisma itself.
import { db, type Prisma } from '../db/client';

export const rows = {
  segmentAt: (documentId: string, which: 'first' | 'last' = 'first') =>
    db.segment.findFirstOrThrow({ where: { documentId }, orderBy: { position: which === 'first' ? 'asc' : 'desc' } }),
  apiToken: (data: Prisma.ApiTokenUncheckedCreateInput) => db.apiToken.create({ data }),
  segmentById: (id: string) => db.segment.findUniqueOrThrow({ where: { id } }),
  annotationById: (id: string) => db.annotation.findUniqueOrThrow({ where: { id } }),
  /** Every segment of a document REJECTED, with its "reject" revision (reason "wrong"). */
  rejectAll: async (documentId: string, userId: string) => {
    const segs = await db.segment.findMany({ where: { documentId }, select: { id: true, version: true } });
    await db.segment.updateMany({ where: { documentId }, data: { state: 'REJECTED', targetText: '틀림', target: null } });
    await db.segmentRevision.createMany({
      data: segs.map((s) => ({
        segmentId: s.id,
        version: s.version + 1,
        targetText: '틀림',
        state: 'REJECTED' as const,
        action: 'reject',
        reason: 'wrong',
        userId,
      })),
    });
  },
  term: (data: Prisma.TermUncheckedCreateInput) => db.term.create({ data }),
  job: (data: Prisma.JobUncheckedCreateInput) => db.job.create({ data }),
  segment: (data: Prisma.SegmentUncheckedCreateInput) => db.segment.create({ data }),
  annotation: (data: Prisma.AnnotationUncheckedCreateInput) => db.annotation.create({ data }),
};
