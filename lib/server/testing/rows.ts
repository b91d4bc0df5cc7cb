// Rows written and read directly by test fixtures (the policy table's request builders), so that
// code outside lib/server never talks to Prisma itself.
import { db, type Prisma } from '../db/client';

export const rows = {
  segmentAt: (documentId: string, which: 'first' | 'last' = 'first') =>
    db.segment.findFirstOrThrow({ where: { documentId }, orderBy: { position: which === 'first' ? 'asc' : 'desc' } }),
  apiToken: (data: Prisma.ApiTokenUncheckedCreateInput) => db.apiToken.create({ data }),
  segmentById: (id: string) => db.segment.findUniqueOrThrow({ where: { id } }),
  annotationById: (id: string) => db.annotation.findUniqueOrThrow({ where: { id } }),
  term: (data: Prisma.TermUncheckedCreateInput) => db.term.create({ data }),
  job: (data: Prisma.JobUncheckedCreateInput) => db.job.create({ data }),
  segment: (data: Prisma.SegmentUncheckedCreateInput) => db.segment.create({ data }),
  annotation: (data: Prisma.AnnotationUncheckedCreateInput) => db.annotation.create({ data }),
};
