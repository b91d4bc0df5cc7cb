-- Names (#16): a rejected proposal is kept as REJECTED (so it is not proposed again), and a NAME
-- detected without its Korean form carries ranked Hangul candidates (JSON [{"target","score"}]).
ALTER TYPE "TermStatus" ADD VALUE IF NOT EXISTS 'REJECTED';
ALTER TABLE "Term" ADD COLUMN "candidates" TEXT NOT NULL DEFAULT '[]';
