-- Reader notes (issue #21): an annotation is either a review comment (kind 'review': MQM category and
-- severity, never published) or a note for readers (kind 'note': no category or severity, stored as
-- ''), published once approved (approvedById, approvedAt). Mirrors prisma/schema.prisma.
ALTER TABLE "Annotation" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'review';
ALTER TABLE "Annotation" ADD COLUMN "approvedById" TEXT;
ALTER TABLE "Annotation" ADD COLUMN "approvedAt" TIMESTAMP(3);
