-- Translation memory units record their state and origin (issue #17): the memory learns at
-- confirmation (CONFIRMED) as well as at approval (APPROVED), and from aligned text (origin ALIGNED).
-- Units written before this migration were all approvals. Mirrors prisma/schema.prisma.
ALTER TABLE "TmUnit" ADD COLUMN "state" TEXT NOT NULL DEFAULT 'APPROVED';
ALTER TABLE "TmUnit" ADD COLUMN "origin" TEXT NOT NULL DEFAULT 'HUMAN';

-- backfill: segments confirmed before this migration join the memory as CONFIRMED units, with their
-- neighbours as context (what lib/server/tm/record-unit.ts records at a confirmation). sourceNorm is
-- approximated with lower(); it only serves TMX import's duplicate check (the index re-tokenises).
INSERT INTO "TmUnit" ("id", "projectId", "source", "target", "sourceNorm", "prevSource", "nextSource", "segmentId", "createdById", "createdAt", "state", "origin")
SELECT 'tmbf' || s."id", d."projectId", s."sourceText", s."targetText", lower(s."sourceText"),
  COALESCE((SELECT p."sourceText" FROM "Segment" p WHERE p."documentId" = s."documentId" AND p."position" = s."position" - 1), ''),
  COALESCE((SELECT n."sourceText" FROM "Segment" n WHERE n."documentId" = s."documentId" AND n."position" = s."position" + 1), ''),
  s."id", s."updatedById", s."updatedAt", 'CONFIRMED', COALESCE(s."origin"::text, 'HUMAN')
FROM "Segment" s JOIN "Document" d ON d."id" = s."documentId"
WHERE s."state" = 'TRANSLATED' AND NOT s."doNotTranslate" AND trim(s."targetText") <> '' AND trim(s."sourceText") <> ''
  AND NOT EXISTS (SELECT 1 FROM "TmUnit" u WHERE u."segmentId" = s."id");
