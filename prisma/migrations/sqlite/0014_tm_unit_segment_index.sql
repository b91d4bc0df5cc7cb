-- Translation-memory units are replaced by segment (lib/server/tm/record-unit.ts: a confirmed or
-- aligned segment's old unit is deleted before its new one is written). Without an index on
-- "segmentId" each of those deletes read every unit of the project: a 10,000-paragraph alignment
-- apply spent a third of its time there on PostgreSQL (issue #20 item 4). Mirrors prisma/schema.prisma.
CREATE INDEX "TmUnit_segmentId_idx" ON "TmUnit"("segmentId");
