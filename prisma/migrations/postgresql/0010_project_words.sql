-- The project's own word list for the Korean spelling check (#22): words the check must not flag.
-- Mirrors prisma/schema.prisma.
CREATE TABLE "ProjectWord" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "word" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProjectWord_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ProjectWord_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "ProjectWord_projectId_word_key" ON "ProjectWord"("projectId", "word");
