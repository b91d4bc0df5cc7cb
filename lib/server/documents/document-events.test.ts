// Issue #18 row 6: a live event stream ends when the right to read it ends (membership removed,
// session signed out, token revoked), checked again before every event and periodically; no text
// saved after that reaches the former reader.
import { afterEach, describe, expect, it } from 'vitest';
import * as eventsRoute from '@/app/api/v1/documents/[id]/events/route';
import * as sessionRoute from '@/app/api/v1/auth/session/route';
import * as tokenRoute from '@/app/api/v1/auth/tokens/[id]/route';
import * as tokensRoute from '@/app/api/v1/auth/tokens/route';
import { db } from '../db/client';
import { removeMember } from '../projects/manage-members';
import { updateSegment } from '../segments/update-segment';
import { useTestDatabase } from '../testing/db';
import { seedProject, TEST_PASSWORD, type SeededProject } from '../testing/factories';
import { call } from '../testing/request';
import { setRevalidateMs } from './document-events';

useTestDatabase();

afterEach(() => setRevalidateMs(null));

/** Opens GET …/events through the route with the given headers and reads it as text. */
async function open(p: SeededProject, headers: Record<string, string>) {
  const ac = new AbortController();
  const req = new Request(`http://localhost:3000/api/v1/documents/${p.documentId}/events?clientId=tab-x`, {
    headers: { host: 'localhost:3000', ...headers },
    signal: ac.signal,
  });
  const res = await eventsRoute.GET(req, { params: Promise.resolve({ id: p.documentId }) });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const stream = { text: '', closed: false };
  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      stream.text += decoder.decode(value);
    }
    stream.closed = true;
  })();
  const until = async (what: () => boolean, ms = 5_000) => {
    const end = Date.now() + ms;
    while (!what() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    return what();
  };
  return {
    stream,
    until,
    stop: async () => {
      ac.abort();
      await reader.cancel().catch(() => {});
      await pump.catch(() => {});
    },
  };
}

async function saveAsOwner(p: SeededProject, text: string) {
  const s = await db.segment.findFirstOrThrow({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
  await updateSegment(p.users.OWNER, s.id, { target: text, version: s.version });
}

describe('the event stream ends when the right to read it ends', () => {
  it('delivers saves to a member, then closes without the text once the member is removed', async () => {
    const p = await seedProject();
    const s = await open(p, { authorization: `Bearer ${p.users.TRANSLATOR.token}` });
    await s.until(() => s.stream.text.includes('event: presence'));
    await saveAsOwner(p, '보이는 글');
    expect(await s.until(() => s.stream.text.includes('보이는 글'))).toBe(true);

    await removeMember(p.users.OWNER, p.projectId, p.users.TRANSLATOR.id);
    await saveAsOwner(p, '비밀 글');
    expect(await s.until(() => s.stream.closed)).toBe(true);
    expect(s.stream.text).not.toContain('비밀 글');
    await s.stop();
  });

  it('closes on sign-out (cookie) and on a revoked token, also with no event, by the periodic check', async () => {
    const p = await seedProject();
    setRevalidateMs(50);
    const signedIn = await call(sessionRoute.POST, 'POST', '/api/v1/auth/session', {
      body: { email: p.users.TRANSLATOR.email, password: TEST_PASSWORD },
    });
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
    const byCookie = await open(p, { cookie });
    const created = await call(tokensRoute.POST, 'POST', '/api/v1/auth/tokens', {
      token: p.users.TRANSLATOR.token,
      body: { name: 'stream' },
    });
    const byToken = await open(p, { authorization: `Bearer ${created.json.token}` });
    await byCookie.until(() => byCookie.stream.text.includes('event: presence'));
    await byToken.until(() => byToken.stream.text.includes('event: presence'));
    await new Promise((r) => setTimeout(r, 200));
    expect([byCookie.stream.closed, byToken.stream.closed]).toEqual([false, false]);

    await call(sessionRoute.DELETE, 'DELETE', '/api/v1/auth/session', { cookie, headers: { origin: 'http://localhost:3000' } });
    expect(await byCookie.until(() => byCookie.stream.closed)).toBe(true);
    expect(byToken.stream.closed).toBe(false);

    await call(tokenRoute.DELETE, 'DELETE', `/api/v1/auth/tokens/${created.json.id}`, {
      token: p.users.TRANSLATOR.token,
      params: { id: created.json.id },
    });
    expect(await byToken.until(() => byToken.stream.closed)).toBe(true);
    await saveAsOwner(p, '늦은 글');
    expect(byCookie.stream.text + byToken.stream.text).not.toContain('늦은 글');
    await byCookie.stop();
    await byToken.stop();
  });
});
