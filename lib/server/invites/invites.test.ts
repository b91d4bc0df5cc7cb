// Invites through the API: an owner invites an email with a role and gets a one-time link; signed out,
// the link creates the account (name, password under the usual rules) and joins, signed in; it works
// once, expires, can be revoked; a signed-in account joins directly. Only the token's hash is stored.
import { describe, expect, it } from 'vitest';
import * as acceptRoute from '@/app/api/v1/invites/accept/route';
import * as membersRoute from '@/app/api/v1/projects/[id]/members/route';
import * as invitesRoute from '@/app/api/v1/projects/[id]/invites/route';
import * as inviteRoute from '@/app/api/v1/projects/[id]/invites/[inviteId]/route';
import * as meRoute from '@/app/api/v1/auth/me/route';
import { verifyPassword } from '../auth/password';
import { sha256 } from '../auth/tokens';
import { db } from '../db/client';
import { useTestDatabase } from '../testing/db';
import { seedProject, seedUser, type SeededProject } from '../testing/factories';
import { call } from '../testing/request';
import { inviteByToken } from './invites';

useTestDatabase();

async function invite(p: SeededProject, email: string, role = 'TRANSLATOR') {
  const res = await call(invitesRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/invites`, {
    token: p.users.OWNER.token,
    params: { id: p.projectId },
    body: { email, role },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return { id: res.json.invite.id as string, token: (res.json.path as string).replace('/invite/', ''), json: res.json };
}
const accept = (body: Record<string, unknown>, token?: string) => call(acceptRoute.POST, 'POST', '/api/v1/invites/accept', { body, token });

describe('invites', () => {
  it('a signed-out person sets a name and password, joins with the role and is signed in; the link works once', async () => {
    const p = await seedProject();
    const { token, json, id } = await invite(p, '  New.Reviewer@Example.test ', 'REVIEWER');
    expect(json.invite).toMatchObject({ email: 'new.reviewer@example.test', role: 'REVIEWER' });
    expect(token.length).toBeGreaterThan(30);
    const row = await db.invite.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);

    expect(await inviteByToken(token)).toMatchObject({
      state: 'open',
      email: 'new.reviewer@example.test',
      role: 'REVIEWER',
      hasAccount: false,
    });
    let res = await accept({ token, name: '박지원', password: 'short' });
    expect(res.status).toBe(400);
    res = await accept({ token, name: '박지원' });
    expect(res.status).toBe(400);
    expect(res.json.error.reason).toBe('invite_needs_account');

    res = await accept({ token, name: ' 박지원 ', password: 'a-long-password' });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json).toMatchObject({ projectId: p.projectId, user: { email: 'new.reviewer@example.test', name: '박지원' } });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^wb_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax/);
    const me = await call(meRoute.GET, 'GET', '/api/v1/auth/me', { cookie: cookie.split(';')[0] });
    expect(me.json.user ?? me.json).toMatchObject({ email: 'new.reviewer@example.test' });
    const user = await db.user.findUniqueOrThrow({ where: { email: 'new.reviewer@example.test' } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, 'a-long-password')).toBe(true);
    expect((await db.membership.findFirstOrThrow({ where: { projectId: p.projectId, userId: user.id } })).role).toBe('REVIEWER');

    res = await accept({ token, name: 'Someone', password: 'another-password' });
    expect(res.status).toBe(409);
    expect(res.json.error.reason).toBe('invite_used');
    expect((await inviteByToken(token))!.state).toBe('used');
    // It is no longer pending.
    const list = await call(invitesRoute.GET, 'GET', `/api/v1/projects/${p.projectId}/invites`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
    });
    expect(list.json.invites).toEqual([]);
  });

  it('a signed-in account joins directly; an existing account must sign in first', async () => {
    const p = await seedProject();
    const other = await seedUser('colleague');
    const { token } = await invite(p, other.email, 'TRANSLATOR');
    expect((await inviteByToken(token))!.hasAccount).toBe(true);
    let res = await accept({ token, name: 'X', password: 'a-long-password' });
    expect(res.status).toBe(409);
    expect(res.json.error.reason).toBe('invite_account_exists');
    res = await accept({ token }, other.token);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect((await db.membership.findFirstOrThrow({ where: { projectId: p.projectId, userId: other.id } })).role).toBe('TRANSLATOR');
    // A member opening another invite: refused, and the invite stays usable.
    const second = await invite(p, 'later@example.test');
    res = await accept({ token: second.token }, p.users.REVIEWER.token);
    expect(res.json.error.reason).toBe('invite_already_member');
    expect((await inviteByToken(second.token))!.state).toBe('open');
  });

  it('expires, can be revoked by the owner only, and refuses unknown links and current members', async () => {
    const p = await seedProject();
    const expired = await invite(p, 'late@example.test');
    await db.invite.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    let res = await accept({ token: expired.token, name: 'Late', password: 'a-long-password' });
    expect(res.json.error.reason).toBe('invite_expired');

    const revoked = await invite(p, 'withdrawn@example.test', 'REVIEWER');
    const path = `/api/v1/projects/${p.projectId}/invites/${revoked.id}`;
    res = await call(inviteRoute.DELETE, 'DELETE', path, {
      token: p.users.REVIEWER.token,
      params: { id: p.projectId, inviteId: revoked.id },
    });
    expect(res.status).toBe(403);
    res = await call(inviteRoute.DELETE, 'DELETE', path, { token: p.users.OWNER.token, params: { id: p.projectId, inviteId: revoked.id } });
    expect(res.status).toBe(200);
    res = await call(inviteRoute.DELETE, 'DELETE', path, { token: p.users.OWNER.token, params: { id: p.projectId, inviteId: revoked.id } });
    expect(res.status).toBe(404);
    res = await accept({ token: revoked.token, name: 'W', password: 'a-long-password' });
    expect(res.json.error.reason).toBe('invite_revoked');
    expect(await db.user.count({ where: { email: 'withdrawn@example.test' } })).toBe(0);

    res = await accept({ token: 'x'.repeat(43), name: 'W', password: 'a-long-password' });
    expect(res.status).toBe(404);
    expect(await inviteByToken('x'.repeat(43))).toBeNull();

    res = await call(invitesRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/invites`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      body: { email: p.users.TRANSLATOR.email, role: 'REVIEWER' },
    });
    expect(res.status).toBe(409);
    res = await call(invitesRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/invites`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      body: { email: 'not an email', role: 'REVIEWER' },
    });
    expect(res.status).toBe(400);
    res = await call(invitesRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/invites`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      body: { email: 'a@b.c', role: 'ADMIN' },
    });
    expect(res.status).toBe(400);
  });

  it('adding someone without an account says to invite them, not to run a command', async () => {
    const p = await seedProject();
    const res = await call(membersRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/members`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      body: { email: 'nobody@example.test', role: 'TRANSLATOR' },
    });
    expect(res.status).toBe(404);
    expect(res.json.error.reason).toBe('no_account');
    expect(res.json.error.message).not.toMatch(/npm|user:create/);
    expect(res.json.error.message).toMatch(/invite/i);
  });
});
