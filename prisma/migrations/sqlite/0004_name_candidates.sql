-- Names and DeepL (#16): a rejected proposal is kept as REJECTED (so it is not proposed again), and a NAME
-- detected without its Korean form carries ranked Hangul candidates (JSON [{"target","score"}]).
ALTER TABLE "Term" ADD COLUMN "candidates" TEXT NOT NULL DEFAULT '[]';
-- What DeepL billed per job, and the retry a job is waiting on (shown by GET /api/v1/jobs/:id).
ALTER TABLE "Job" ADD COLUMN "billedCharacters" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Job" ADD COLUMN "retrying" TEXT;
