// Issue #18 row 12: sign-in throttling counts atomically (concurrent guesses cannot get more than
// the allowance checked) and is keyed per account and source, so a stranger guessing from elsewhere
// cannot lock the account's owner out; repeated lockouts of one source back off.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUpOnNextSignInForTest, THROTTLE_MAX_FAILURES, THROTTLE_WINDOW_MS } from '@/lib/server/auth/sign-in';
import { db } from '@/lib/server/db/client';
import { ACCOUNT_MAX_FAILURES, expireSignInLocksForTest } from '@/lib/server/auth/sign-in-throttle';
import { useTestDatabase } from '@/lib/server/testing/db';
import { seedUser, TEST_PASSWORD } from '@/lib/server/testing/factories';
import { call } from '@/lib/server/testing/request';
import * as session from './auth/session/route';

useTestDatabase();

afterEach(() => {
  delete process.env.TRUST_PROXY;
});

const attempt = (email: string, password: string, from?: string) =>
  call(session.POST, 'POST', '/api/v1/auth/session', { body: { email, password }, headers: from ? { 'x-forwarded-for': from } : {} });

describe('sign-in throttling', () => {
  it('checks at most the allowance of 20 concurrent wrong passwords, and a stranger does not lock the owner out from elsewhere', async () => {
    const u = await seedUser('victim');
    const results = await Promise.all(Array.from({ length: 20 }, () => attempt(u.email, 'wrong-password', '203.0.113.9')));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(THROTTLE_MAX_FAILURES);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20 - THROTTLE_MAX_FAILURES);
    expect(Number(results.find((r) => r.status === 429)!.headers.get('retry-after'))).toBeGreaterThan(0);
    // The stranger's source stays locked, even with the right password …
    expect((await attempt(u.email, TEST_PASSWORD, '203.0.113.9')).status).toBe(429);
    // … while the owner, from their own address, signs in.
    expect((await attempt(u.email, TEST_PASSWORD, '198.51.100.7')).status).toBe(200);
  }, 60_000);

  it('backs off: a source locked again waits longer', async () => {
    const u = await seedUser('backoff');
    const lockOnce = async () => {
      for (let i = 0; i < THROTTLE_MAX_FAILURES; i++) expect((await attempt(u.email, 'nope', '192.0.2.1')).status).toBe(401);
      const blocked = await attempt(u.email, 'nope', '192.0.2.1');
      expect(blocked.status).toBe(429);
      return Number(blocked.headers.get('retry-after'));
    };
    const first = await lockOnce();
    expect(first).toBeGreaterThanOrEqual(59);
    expect(first).toBeLessThanOrEqual(60);
    await expireLocks(u.email);
    const second = await lockOnce();
    expect(second).toBeGreaterThanOrEqual(119);
  }, 60_000);

  it('bounds guesses spread over many sources per account, without locking out a source the owner signed in from', async () => {
    const u = await seedUser('spread');
    expect((await attempt(u.email, TEST_PASSWORD, '198.51.100.20')).status).toBe(200); // the owner's usual address
    for (let i = 0; i < ACCOUNT_MAX_FAILURES; i++)
      expect((await attempt(u.email, 'nope', `203.0.113.${100 + Math.floor(i / 4)}`)).status).toBe(401);
    expect((await attempt(u.email, TEST_PASSWORD, '203.0.113.200')).status).toBe(429);
    expect((await attempt(u.email, TEST_PASSWORD, '198.51.100.20')).status).toBe(200);
  }, 60_000);

  it('reads the address from X-Forwarded-For as the trusted proxy appended it, only with TRUST_PROXY', async () => {
    const u = await seedUser('proxied');
    process.env.TRUST_PROXY = '1';
    // Behind the proxy, the client's own X-Forwarded-For claims (the first entries) do not change its source.
    for (let i = 0; i < THROTTLE_MAX_FAILURES; i++) expect((await attempt(u.email, 'nope', `10.9.9.${i}, 203.0.113.50`)).status).toBe(401);
    expect((await attempt(u.email, TEST_PASSWORD, '10.1.1.1, 203.0.113.50')).status).toBe(429);
    expect((await attempt(u.email, TEST_PASSWORD, '203.0.113.51')).status).toBe(200);
  }, 60_000);

  it('forgets old attempts and throttle rows on failed sign-ins too: guesses at unknown emails do not grow the tables', async () => {
    const old = new Date(Date.now() - 11 * THROTTLE_WINDOW_MS);
    await db.signInAttempt.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({ email: `nobody${i}@example.org`, success: false, createdAt: old })),
    });
    await db.signInThrottle.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({ key: `acct:nobody${i}@example.org`, failures: 3 })),
    });
    cleanUpOnNextSignInForTest();
    expect((await attempt('someone-unknown@example.org', 'guess', '192.0.2.77')).status).toBe(401);
    expect(await db.signInAttempt.count({ where: { createdAt: { lt: new Date(Date.now() - 10 * THROTTLE_WINDOW_MS) } } })).toBe(0);
    expect(await db.signInThrottle.count({ where: { key: { startsWith: 'acct:nobody' } } })).toBe(0);
    // The attempt just made and its throttle rows stay.
    expect(await db.signInAttempt.count({ where: { email: 'someone-unknown@example.org' } })).toBe(1);
  });
});

/** Moves the throttle's clock past the current lock (as if the lock had expired). */
async function expireLocks(email: string) {
  await expireSignInLocksForTest(email);
}
