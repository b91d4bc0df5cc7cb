// Presence lives in the database, so every app instance computes the same list: heartbeat (upsert),
// move, leave, expiry, one entry per tab, and the `presence` events published on changes only.
import { describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { documentEvents } from '../documents/document-events';
import { documentChannel, subscribe, type BusEvent } from '../events/bus';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { leavePresence, presenceOf, PRESENCE_TTL_MS, updatePresence, type TPresence } from './presence';

useTestDatabase();

function record(documentId: string) {
  const events: TPresence[][] = [];
  const off = subscribe(documentChannel(documentId), (e: BusEvent) => {
    if (e.type === 'presence') events.push(e.users as TPresence[]);
  });
  return { events, off };
}

const brief = (list: TPresence[]) => list.map((u) => [u.name, u.clientId, u.segmentId, u.editing]);

async function segmentIds(documentId: string) {
  return (await db.segment.findMany({ where: { documentId }, orderBy: { position: 'asc' }, select: { id: true } })).map((s) => s.id);
}

describe('presence', () => {
  it('a heartbeat upserts one row per tab and publishes only when something changed', async () => {
    const p = await seedProject();
    const [s1] = await segmentIds(p.documentId);
    const t = p.users.TRANSLATOR;
    const { events, off } = record(p.documentId);

    const first = await updatePresence(t, p.documentId, { segmentId: s1!, clientId: 'tab-1' });
    expect(brief(first.users)).toEqual([['translator', 'tab-1', s1, false]]);
    const at1 = first.users[0]!.at;
    await new Promise((r) => setTimeout(r, 5));
    const again = await updatePresence(t, p.documentId, { segmentId: s1!, clientId: 'tab-1' });
    off();

    expect(events.map(brief)).toEqual([[['translator', 'tab-1', s1, false]]]);
    expect(again.users[0]!.at).toBeGreaterThan(at1);
    const rows = await db.presence.findMany({ where: { documentId: p.documentId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.updatedAt.getTime()).toBe(again.users[0]!.at);
    expect(brief(await presenceOf(p.documentId))).toEqual([['translator', 'tab-1', s1, false]]);
  });

  it('moving to another segment or starting to edit updates the row and publishes the new list', async () => {
    const p = await seedProject();
    const [s1, s2] = await segmentIds(p.documentId);
    const t = p.users.TRANSLATOR;
    const o = p.users.OWNER;
    await updatePresence(o, p.documentId, { segmentId: s1!, clientId: 'owner-tab' });
    await updatePresence(t, p.documentId, { segmentId: s1!, clientId: 'tab-1' });
    const { events, off } = record(p.documentId);

    await updatePresence(t, p.documentId, { segmentId: s2!, clientId: 'tab-1' });
    await updatePresence(t, p.documentId, { segmentId: s2!, clientId: 'tab-1', editing: true });
    await updatePresence(t, p.documentId, { segmentId: s2!, clientId: 'tab-1', editing: true });
    await updatePresence(t, p.documentId, { segmentId: null, clientId: 'tab-1' });
    off();

    expect(events.map(brief)).toEqual([
      [
        ['owner', 'owner-tab', s1, false],
        ['translator', 'tab-1', s2, false],
      ],
      [
        ['owner', 'owner-tab', s1, false],
        ['translator', 'tab-1', s2, true],
      ],
      [
        ['owner', 'owner-tab', s1, false],
        ['translator', 'tab-1', null, false],
      ],
    ]);
    expect(brief(await presenceOf(p.documentId))).toEqual([
      ['owner', 'owner-tab', s1, false],
      ['translator', 'tab-1', null, false],
    ]);
    expect(await db.presence.count({ where: { documentId: p.documentId } })).toBe(2);
  });

  it('two tabs of one user are two entries; a tab without a client id is keyed by the user', async () => {
    const p = await seedProject();
    const [s1, s2] = await segmentIds(p.documentId);
    const t = p.users.TRANSLATOR;
    await updatePresence(t, p.documentId, { segmentId: s1!, clientId: 'tab-1' });
    const { users } = await updatePresence(t, p.documentId, { segmentId: s2!, clientId: 'tab-2' });
    expect(brief(users)).toEqual([
      ['translator', 'tab-1', s1, false],
      ['translator', 'tab-2', s2, false],
    ]);
    expect(brief(await presenceOf(p.documentId))).toEqual(brief(users));

    const keyed = await updatePresence(p.users.REVIEWER, p.documentId, { segmentId: null });
    expect(keyed.users.find((u) => u.name === 'reviewer')?.clientId).toBe(p.users.REVIEWER.id);
    expect(await db.presence.count({ where: { documentId: p.documentId } })).toBe(3);
  });

  it('concurrent first heartbeats of one tab (mount, then a quick move) make one row, not an error', async () => {
    const p = await seedProject();
    const ids = await segmentIds(p.documentId);
    const t = p.users.TRANSLATOR;
    await Promise.all(ids.map((segmentId) => updatePresence(t, p.documentId, { segmentId, clientId: 'tab-1' })));
    expect(await db.presence.count({ where: { documentId: p.documentId } })).toBe(1);
  });

  it('sees rows written by another instance, and orders the list the same way everywhere', async () => {
    const p = await seedProject();
    const [s1, s2] = await segmentIds(p.documentId);
    // As if the owner's heartbeat had gone to another app instance: only the database knows it.
    await db.presence.create({
      data: {
        documentId: p.documentId,
        userId: p.users.OWNER.id,
        clientId: 'elsewhere',
        name: 'owner',
        segmentId: s2!,
        updatedAt: new Date(),
      },
    });
    const { events, off } = record(p.documentId);
    const { users } = await updatePresence(p.users.TRANSLATOR, p.documentId, { segmentId: s1!, clientId: 'here' });
    off();
    expect(brief(users)).toEqual([
      ['owner', 'elsewhere', s2, false],
      ['translator', 'here', s1, false],
    ]);
    expect(events.map(brief)).toEqual([brief(users)]);
    expect(await presenceOf(p.documentId)).toEqual(users);
  });

  it('leaving deletes the row and publishes the list without it; leaving twice publishes nothing', async () => {
    const p = await seedProject();
    const [s1] = await segmentIds(p.documentId);
    const t = p.users.TRANSLATOR;
    await updatePresence(t, p.documentId, { segmentId: s1!, clientId: 'tab-1' });
    await updatePresence(t, p.documentId, { segmentId: s1!, clientId: 'tab-2' });
    await updatePresence(p.users.OWNER, p.documentId, { segmentId: null, clientId: 'owner-tab' });
    const { events, off } = record(p.documentId);

    await leavePresence(p.documentId, t.id, 'tab-1');
    await leavePresence(p.documentId, t.id, 'tab-1');
    off();

    expect(events.map(brief)).toEqual([
      [
        ['owner', 'owner-tab', null, false],
        ['translator', 'tab-2', s1, false],
      ],
    ]);
    expect(brief(await presenceOf(p.documentId))).toEqual([
      ['owner', 'owner-tab', null, false],
      ['translator', 'tab-2', s1, false],
    ]);
    expect(await db.presence.count({ where: { documentId: p.documentId, userId: t.id, clientId: 'tab-1' } })).toBe(0);
  });

  it('closing the event stream of a tab removes that tab from presence', async () => {
    const p = await seedProject();
    const t = p.users.TRANSLATOR;
    const ac = new AbortController();
    const res = await documentEvents(t, p.documentId, { signal: ac.signal, clientId: 'tab-1' });
    const reader = res.body!.getReader();
    await reader.read();
    await updatePresence(t, p.documentId, { segmentId: null, clientId: 'tab-1' });
    await updatePresence(t, p.documentId, { segmentId: null, clientId: 'tab-2' });
    const { events, off } = record(p.documentId);
    ac.abort();
    await expect.poll(() => events.length).toBe(1);
    off();
    expect(brief(events[0]!)).toEqual([['translator', 'tab-2', null, false]]);
    expect(brief(await presenceOf(p.documentId))).toEqual([['translator', 'tab-2', null, false]]);
    await reader.cancel().catch(() => {});
  });

  it('entries expire after the TTL; the next heartbeat on the document deletes them, and a returning tab is published again', async () => {
    const p = await seedProject();
    const [s1] = await segmentIds(p.documentId);
    const t = p.users.TRANSLATOR;
    const o = p.users.OWNER;
    await updatePresence(t, p.documentId, { segmentId: s1!, clientId: 'tab-1' });
    await updatePresence(o, p.documentId, { segmentId: s1!, clientId: 'owner-tab' });
    expect(await presenceOf(p.documentId, Date.now() + PRESENCE_TTL_MS + 1000)).toEqual([]);

    // The translator's tab went quiet more than a TTL ago.
    const stale = new Date(Date.now() - PRESENCE_TTL_MS - 1000);
    await db.presence.updateMany({ where: { documentId: p.documentId, userId: t.id }, data: { updatedAt: stale } });
    expect(brief(await presenceOf(p.documentId))).toEqual([['owner', 'owner-tab', s1, false]]);
    expect(await db.presence.count({ where: { documentId: p.documentId } })).toBe(2);

    // Another document's stale rows are not this document's business.
    const other = await db.document.create({ data: { projectId: p.projectId, title: 'Other' } });
    await db.presence.create({ data: { documentId: other.id, userId: t.id, clientId: 'tab-9', name: 'translator', updatedAt: stale } });

    const { events, off } = record(p.documentId);
    const { users } = await updatePresence(o, p.documentId, { segmentId: s1!, clientId: 'owner-tab' });
    expect(brief(users)).toEqual([['owner', 'owner-tab', s1, false]]);
    expect(await db.presence.count({ where: { documentId: p.documentId } })).toBe(1);
    expect(await db.presence.count({ where: { documentId: other.id } })).toBe(1);
    expect(events).toEqual([]); // the owner did not move

    // The translator comes back on the same segment: that is news again.
    await updatePresence(t, p.documentId, { segmentId: s1!, clientId: 'tab-1' });
    off();
    expect(events.map(brief)).toEqual([
      [
        ['owner', 'owner-tab', s1, false],
        ['translator', 'tab-1', s1, false],
      ],
    ]);
  });

  it('refuses people outside the project, and rows go with their document or user', async () => {
    const p = await seedProject();
    await expect(updatePresence(p.users.OUTSIDER, p.documentId, { segmentId: null, clientId: 'x' })).rejects.toMatchObject({ status: 404 });
    expect(await db.presence.count({ where: { documentId: p.documentId } })).toBe(0);

    await updatePresence(p.users.TRANSLATOR, p.documentId, { segmentId: null, clientId: 'tab-1' });
    await updatePresence(p.users.REVIEWER, p.documentId, { segmentId: null, clientId: 'tab-1' });
    await db.user.delete({ where: { id: p.users.REVIEWER.id } });
    expect(brief(await presenceOf(p.documentId))).toEqual([['translator', 'tab-1', null, false]]);
    await db.document.delete({ where: { id: p.documentId } });
    expect(await db.presence.count({ where: { userId: p.users.TRANSLATOR.id } })).toBe(0);
  });
});
