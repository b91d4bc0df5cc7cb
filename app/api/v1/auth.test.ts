import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/server/testing/db';
import { seedUser, TEST_PASSWORD } from '@/lib/server/testing/factories';
import { call } from '@/lib/server/testing/request';
import * as me from './auth/me/route';
import * as session from './auth/session/route';
import * as tokens from './auth/tokens/route';
import * as token from './auth/tokens/[id]/route';
import * as projects from './projects/route';

useTestDatabase();

describe('sign-in, sessions and tokens', () => {
  it('signs in with a cookie that is httpOnly and SameSite=Lax, and signs out', async () => {
    const u = await seedUser('alice');
    const res = await call(session.POST, 'POST', '/api/v1/auth/session', {
      body: { email: u.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^wb_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const pair = cookie.split(';')[0]!;
    expect((await call(me.GET, 'GET', '/api/v1/auth/me', { cookie: pair })).json.user.email).toBe(u.email);
    const out = await call(session.DELETE, 'DELETE', '/api/v1/auth/session', {
      cookie: pair,
      headers: { origin: 'http://localhost:3000' },
    });
    expect(out.status).toBe(200);
    expect((await call(me.GET, 'GET', '/api/v1/auth/me', { cookie: pair })).status).toBe(401);
  });

  it('throttles: more than 5 failures in a minute for one email gives 429, even with the right password', async () => {
    const u = await seedUser('bob');
    for (let i = 0; i < 5; i++) {
      const r = await call(session.POST, 'POST', '/api/v1/auth/session', { body: { email: u.email, password: 'wrong-password' } });
      expect(r.status).toBe(401);
      expect(r.json.error.code).toBe('unauthenticated');
    }
    const blocked = await call(session.POST, 'POST', '/api/v1/auth/session', { body: { email: u.email, password: TEST_PASSWORD } });
    expect(blocked.status).toBe(429);
    expect(blocked.json.error.code).toBe('rate_limited');
    expect(blocked.headers.get('retry-after')).toBe('60');
  });

  it('validation errors name the field', async () => {
    const r = await call(session.POST, 'POST', '/api/v1/auth/session', { body: { email: 'a@b.test' } });
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('validation_failed');
    expect(r.json.error.fields[0].path).toBe('password');
    expect(r.json.error.message).toContain('password');
    const notJson = await call(session.POST, 'POST', '/api/v1/auth/session', {
      rawBody: 'email=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(notJson.status).toBe(415);
  });

  it('creates, uses and revokes personal API tokens; only the hash is stored', async () => {
    const u = await seedUser('carol');
    const created = await call(tokens.POST, 'POST', '/api/v1/auth/tokens', { token: u.token, body: { name: 'script' } });
    expect(created.status).toBe(201);
    const secret: string = created.json.token;
    expect(secret).toMatch(/^wbt_/);
    expect((await call(projects.GET, 'GET', '/api/v1/projects', { token: secret })).status).toBe(200);
    const list = await call(tokens.GET, 'GET', '/api/v1/auth/tokens', { token: u.token });
    expect(JSON.stringify(list.json)).not.toContain(secret);
    await call(token.DELETE, 'DELETE', `/api/v1/auth/tokens/${created.json.id}`, { token: u.token, params: { id: created.json.id } });
    expect((await call(projects.GET, 'GET', '/api/v1/projects', { token: secret })).status).toBe(401);
  });

  it('refuses cookie-authenticated writes from a foreign Origin', async () => {
    const u = await seedUser('dave');
    const res = await call(session.POST, 'POST', '/api/v1/auth/session', { body: { email: u.email, password: TEST_PASSWORD } });
    const pair = res.headers.get('set-cookie')!.split(';')[0]!;
    const foreign = await call(projects.POST, 'POST', '/api/v1/projects', {
      cookie: pair,
      body: { name: 'x' },
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const same = await call(projects.POST, 'POST', '/api/v1/projects', {
      cookie: pair,
      body: { name: 'x' },
      headers: { origin: 'http://localhost:3000' },
    });
    expect(same.status).toBe(201);
  });
});
