-- Presence shared by every app instance (was in process memory). Mirrors prisma/schema.prisma.
CREATE TABLE "Presence" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "segmentId" TEXT,
    "editing" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Presence_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Presence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Presence_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Presence_documentId_userId_clientId_key" ON "Presence"("documentId", "userId", "clientId");
CREATE INDEX "Presence_documentId_updatedAt_idx" ON "Presence"("documentId", "updatedAt");
