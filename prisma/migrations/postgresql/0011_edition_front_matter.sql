-- Issue #17 item 6: the owner sets an edition's title, subtitle and a public editor's note when
-- publishing (the snapshot keeps them too; these columns serve the publish screen's list and the
-- next publish form's defaults). overrideReason stays internal: it is never printed in an edition.
-- Mirrors prisma/schema.prisma.
ALTER TABLE "Edition" ADD COLUMN "title" TEXT;
ALTER TABLE "Edition" ADD COLUMN "subtitle" TEXT;
ALTER TABLE "Edition" ADD COLUMN "editorNote" TEXT;
