// Notifications through the API: a mention, a reply in your thread and a rejection of your segment
// each reach the right person once (never the one who acted), in the same transaction as the event;
// the inbox shows only your own, with an unread count and links; marking read is yours only.
import { describe, expect, it, vi } from 'vitest';
import * as repliesRoute from '@/app/api/v1/annotations/[id]/replies/route';
import * as notificationsRoute from '@/app/api/v1/notifications/route';
import * as readRoute from '@/app/api/v1/notifications/read/route';
import * as segmentRoute from '@/app/api/v1/segments/[id]/route';
import * as annotationsRoute from '@/app/api/v1/segments/[id]/annotations/route';
import * as rejectRoute from '@/app/api/v1/segments/[id]/reject/route';
import { db } from '../db/client';
import { removeMember } from '../projects/manage-members';
import { useTestDatabase } from '../testing/db';
import { seedProject, type SeededProject } from '../testing/factories';
import { call } from '../testing/request';

useTestDatabase();

// Lets a test make the notification write fail, to see the event roll back with it.
const failing = vi.hoisted(() => ({ on: false }));
vi.mock('./notify', async (actual) => {
  const real = await actual<typeof import('./notify')>();
  const guard =
    <A extends unknown[]>(fn: (...a: A) => Promise<string[]>) =>
    async (...a: A) => {
      if (failing.on) throw new Error('disk full');
      return fn(...a);
    };
  return {
    ...real,
    notifyComment: guard(real.notifyComment),
    notifyReply: guard(real.notifyReply),
    notifyRejection: guard(real.notifyRejection),
  };
});

type Who = keyof SeededProject['users'];
const inbox = async (p: SeededProject, who: Who, query?: Record<string, string>) =>
  (await call(notificationsRoute.GET, 'GET', '/api/v1/notifications', { token: p.users[who].token, query })).json as {
    unread: number;
    notifications: {
      id: string;
      kind: string;
      actor: { name: string } | null;
      excerpt: string;
      href: string;
      readAt: string | null;
      segment: { number: number | null };
    }[];
  };

async function translated(p: SeededProject, position = 0) {
  const seg = await db.segment.findFirstOrThrow({ where: { documentId: p.documentId, position } });
  const res = await call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${seg.id}`, {
    token: p.users.TRANSLATOR.token,
    params: { id: seg.id },
    body: { target: '첫 문단.', state: 'TRANSLATED', version: seg.version },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json as { id: string; version: number };
}

describe('notifications', () => {
  it('a mention, a reply in your thread and a rejection of your segment; each person sees only their own', async () => {
    const p = await seedProject();
    const seg = await translated(p);
    const translatorName = p.users.TRANSLATOR.name;
    let res = await call(annotationsRoute.POST, 'POST', `/api/v1/segments/${seg.id}/annotations`, {
      token: p.users.REVIEWER.token,
      params: { id: seg.id },
      body: {
        side: 'target',
        start: 0,
        end: 1,
        category: 'style',
        severity: 'minor',
        comment: `@${translatorName} please look; cc @${p.users.REVIEWER.name}`,
      },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const annotationId = res.json.id as string;

    let mine = await inbox(p, 'TRANSLATOR');
    expect(mine.unread).toBe(1);
    expect(mine.notifications[0]).toMatchObject({
      kind: 'mention',
      actor: { name: 'reviewer' },
      href: `/documents/${p.documentId}?s=1`,
      segment: { number: 1 },
      readAt: null,
    });
    expect(mine.notifications[0]!.excerpt).toContain('please look');
    expect((await inbox(p, 'REVIEWER')).unread).toBe(0); // not told of their own mention

    // The translator replies: the thread's author (the reviewer) is told; the owner, mentioned, too.
    res = await call(repliesRoute.POST, 'POST', `/api/v1/annotations/${annotationId}/replies`, {
      token: p.users.TRANSLATOR.token,
      params: { id: annotationId },
      body: { body: `Done. @${p.users.OWNER.name}` },
    });
    expect(res.status).toBe(201);
    expect((await inbox(p, 'REVIEWER')).notifications.map((n) => n.kind)).toEqual(['reply']);
    expect((await inbox(p, 'OWNER')).notifications.map((n) => n.kind)).toEqual(['mention']);
    expect((await inbox(p, 'TRANSLATOR')).unread).toBe(1);

    // The reviewer rejects: the translator (who wrote the text) is told, with the reason.
    const version = (await db.segment.findUniqueOrThrow({ where: { id: seg.id } })).version;
    res = await call(rejectRoute.POST, 'POST', `/api/v1/segments/${seg.id}/reject`, {
      token: p.users.REVIEWER.token,
      params: { id: seg.id },
      body: { reason: 'Wrong term for the ministry.', version },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    mine = await inbox(p, 'TRANSLATOR');
    expect(mine.unread).toBe(2);
    expect(mine.notifications[0]).toMatchObject({ kind: 'rejection', excerpt: 'Wrong term for the ministry.' });
    expect((await inbox(p, 'OUTSIDER')).notifications).toEqual([]);

    // Marking read: someone else's ids are ignored; then one, then all.
    res = await call(readRoute.POST, 'POST', '/api/v1/notifications/read', {
      token: p.users.OWNER.token,
      body: { ids: mine.notifications.map((n) => n.id) },
    });
    expect(res.json).toMatchObject({ marked: 0 });
    expect((await inbox(p, 'TRANSLATOR')).unread).toBe(2);
    res = await call(readRoute.POST, 'POST', '/api/v1/notifications/read', {
      token: p.users.TRANSLATOR.token,
      body: { ids: [mine.notifications[0]!.id] },
    });
    expect(res.json).toEqual({ marked: 1, unread: 1 });
    expect((await inbox(p, 'TRANSLATOR', { unread: '1' })).notifications.map((n) => n.kind)).toEqual(['mention']);
    res = await call(readRoute.POST, 'POST', '/api/v1/notifications/read', { token: p.users.TRANSLATOR.token, body: { all: true } });
    expect(res.json).toEqual({ marked: 1, unread: 0 });
    expect((await inbox(p, 'TRANSLATOR')).notifications.every((n) => n.readAt)).toBe(true);
  });

  it('is written with its event or not at all, and a former member no longer sees the project in the inbox', async () => {
    const p = await seedProject();
    const seg = await translated(p);
    // A reply to an annotation that does not exist writes nothing.
    const before = await db.notification.count();
    const res = await call(repliesRoute.POST, 'POST', '/api/v1/annotations/nope/replies', {
      token: p.users.TRANSLATOR.token,
      params: { id: 'nope' },
      body: { body: '@reviewer hi' },
    });
    expect(res.status).toBe(404);
    expect(await db.notification.count()).toBe(before);
    // A failing notification write rolls the annotation back (same transaction).
    const rows = await db.annotation.count({ where: { segmentId: seg.id } });
    failing.on = true;
    const err = console.error;
    console.error = () => {};
    try {
      const failed = await call(annotationsRoute.POST, 'POST', `/api/v1/segments/${seg.id}/annotations`, {
        token: p.users.REVIEWER.token,
        params: { id: seg.id },
        body: { side: 'target', start: 0, end: 1, category: 'style', severity: 'minor', comment: `@${p.users.TRANSLATOR.name} hi` },
      });
      expect(failed.status).toBe(500);
      const version = (await db.segment.findUniqueOrThrow({ where: { id: seg.id } })).version;
      const rejected = await call(rejectRoute.POST, 'POST', `/api/v1/segments/${seg.id}/reject`, {
        token: p.users.REVIEWER.token,
        params: { id: seg.id },
        body: { reason: 'no', version },
      });
      expect(rejected.status).toBe(500);
    } finally {
      failing.on = false;
      console.error = err;
    }
    expect((await db.segment.findUniqueOrThrow({ where: { id: seg.id } })).state).toBe('TRANSLATED');
    expect(await db.annotation.count({ where: { segmentId: seg.id } })).toBe(rows);

    await call(annotationsRoute.POST, 'POST', `/api/v1/segments/${seg.id}/annotations`, {
      token: p.users.REVIEWER.token,
      params: { id: seg.id },
      body: { side: 'target', start: 0, end: 1, category: 'style', severity: 'minor', comment: `@${p.users.TRANSLATOR.name} hi` },
    });
    expect((await inbox(p, 'TRANSLATOR')).unread).toBe(1);
    await removeMember(p.users.OWNER, p.projectId, p.users.TRANSLATOR.id);
    expect(await inbox(p, 'TRANSLATOR')).toEqual({ unread: 0, notifications: [] });
  });
});
