-- Sign-in throttling per account and per account and source, counted atomically (issue #18). Mirrors prisma/schema.prisma.
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" BIGINT NOT NULL DEFAULT 0,
    "lockedUntil" BIGINT NOT NULL DEFAULT 0,
    "lockouts" INTEGER NOT NULL DEFAULT 0,
    "lastSuccess" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);
