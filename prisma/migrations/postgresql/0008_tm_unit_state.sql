-- Translation memory units record their state and origin (issue #17): the memory learns at
-- confirmation (CONFIRMED) as well as at approval (APPROVED), and from aligned text (origin ALIGNED).
-- Units written before this migration were all approvals. Mirrors prisma/schema.prisma.
ALTER TABLE "TmUnit" ADD COLUMN "state" TEXT NOT NULL DEFAULT 'APPROVED';
ALTER TABLE "TmUnit" ADD COLUMN "origin" TEXT NOT NULL DEFAULT 'HUMAN';
