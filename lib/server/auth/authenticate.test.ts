import { describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { useTestDatabase } from '../testing/db';
import { seedUser, TEST_PASSWORD } from '../testing/factories';
import { createApiToken, revokeApiToken } from './api-tokens';
import { authenticateHeaders, sessionActor } from './authenticate';
import { signIn, signOut } from './sign-in';
import { sha256, SESSION_TTL_MS } from './tokens';

useTestDatabase();

const HOUR = 60 * 60 * 1000;
const bearer = (token: string) => new Headers({ authorization: `Bearer ${token}` });

describe('authenticate', () => {
  it('records when a token was first used, and refuses it on the next request once revoked', async () => {
    const u = await seedUser('tess');
    const { token, id } = await createApiToken(u, 'script');
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
    expect((await authenticateHeaders(bearer(token)))?.actor.id).toBe(u.id);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
    expect(await authenticateHeaders(bearer(token))).not.toBeNull();
    await revokeApiToken(u, id);
    expect(await authenticateHeaders(bearer(token))).toBeNull();
    expect(await authenticateHeaders(bearer('wbt_not-a-token'))).toBeNull();
    expect(await authenticateHeaders(bearer('no-prefix'))).toBeNull();
  });

  it('refuses an expired session and deletes it; a signed-out session fails at once', async () => {
    const u = await seedUser('sam');
    const a = await signIn(u.email, TEST_PASSWORD);
    expect((await sessionActor(a.token))?.actor.id).toBe(u.id);
    await db.session.update({ where: { id: sha256(a.token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await sessionActor(a.token)).toBeNull();
    expect(await db.session.findUnique({ where: { id: sha256(a.token) } })).toBeNull();

    const b = await signIn(u.email, TEST_PASSWORD);
    expect(await sessionActor(b.token)).not.toBeNull();
    await signOut(b.token);
    expect(await sessionActor(b.token)).toBeNull();
  });

  it('slides the expiry of a session last seen more than an hour ago', async () => {
    const u = await seedUser('sue');
    const s = await signIn(u.email, TEST_PASSWORD);
    const id = sha256(s.token);
    const soon = new Date(Date.now() + HOUR);
    await db.session.update({ where: { id }, data: { lastSeenAt: new Date(Date.now() - 2 * HOUR), expiresAt: soon } });
    expect((await sessionActor(s.token))?.actor.id).toBe(u.id);
    const row = await db.session.findUniqueOrThrow({ where: { id } });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_TTL_MS - 60_000);
    expect(Date.now() - row.lastSeenAt.getTime()).toBeLessThan(60_000);
  });
});
