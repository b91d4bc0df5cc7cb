// Publishing with reader notes and sentence links: which notes go in (approved, attached, only with
// includeNotes), and the sentence links frozen per paragraph.
import { describe, expect, it } from 'vitest';
import * as approveNoteRoute from '@/app/api/v1/annotations/[id]/approve/route';
import * as editionsRoute from '@/app/api/v1/documents/[id]/editions/route';
import * as annotationsRoute from '@/app/api/v1/segments/[id]/annotations/route';
import * as segmentRoute from '@/app/api/v1/segments/[id]/route';
import { db } from '../db/client';
import { useTestDatabase } from '../testing/db';
import { seedProject, type SeededProject } from '../testing/factories';
import { call } from '../testing/request';
import { getPublicEdition } from './get-edition';

useTestDatabase();

const CONTENT = 'Pyongyang is the capital. The Taedong flows through it.\n\nSecond paragraph.';
const TARGETS = ['평양은 수도이다. 대동강이 그 가운데를 흐른다.', '두 번째 문단.'];

async function approveAll(p: SeededProject) {
  const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
  for (const [i, s] of segs.entries()) {
    const saved = await call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${s.id}`, {
      token: p.users.TRANSLATOR.token,
      params: { id: s.id },
      body: { target: TARGETS[i], state: 'TRANSLATED', version: s.version },
    });
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    const ok = await call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${s.id}`, {
      token: p.users.OWNER.token,
      params: { id: s.id },
      body: { target: TARGETS[i], state: 'APPROVED', version: saved.json.version },
    });
    expect(ok.status, JSON.stringify(ok.json)).toBe(200);
  }
  return segs;
}

async function note(p: SeededProject, who: 'TRANSLATOR' | 'OWNER', segmentId: string, words: string, comment: string) {
  const s = await db.segment.findUniqueOrThrow({ where: { id: segmentId } });
  const start = s.targetText.indexOf(words);
  const res = await call(annotationsRoute.POST, 'POST', `/api/v1/segments/${segmentId}/annotations`, {
    token: p.users[who].token,
    params: { id: segmentId },
    body: { kind: 'note', side: 'target', start, end: start + words.length, comment },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json as { id: string };
}

async function publish(p: SeededProject, body: Record<string, unknown> = {}) {
  const res = await call(editionsRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/editions`, {
    token: p.users.OWNER.token,
    params: { id: p.documentId },
    body,
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  const ed = await getPublicEdition(res.json.slug, res.json.version);
  return ed!;
}

describe('publishing reader notes and sentence links', () => {
  it("includes approved notes (an owner's as written, a translator's once approved) and sentence links", async () => {
    const p = await seedProject(CONTENT);
    const [first] = await approveAll(p);
    await note(p, 'OWNER', first!.id, '대동강', 'The river that runs through Pyongyang.');
    const pending = await note(p, 'TRANSLATOR', first!.id, '평양', 'The capital of North Korea.');
    let ed = await publish(p);
    expect(ed.notes!.map((x) => x.text)).toEqual(['The river that runs through Pyongyang.']);

    const ok = await call(approveNoteRoute.POST, 'POST', `/api/v1/annotations/${pending.id}/approve`, {
      token: p.users.REVIEWER.token,
      params: { id: pending.id },
    });
    expect(ok.status).toBe(200);
    ed = await publish(p);
    const n = ed.segments.find((s) => s.segment === 1)!.n;
    expect(ed.notes).toEqual([
      { n, side: 'target', start: 0, end: 2, quote: '평양', text: 'The capital of North Korea.' },
      { n, side: 'target', start: 10, end: 13, quote: '대동강', text: 'The river that runs through Pyongyang.' },
    ]);
    expect(ed.sentences![String(n)]!.links).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
    ]);

    const without = await publish(p, { includeNotes: false });
    expect(without.notes).toEqual([]);
    const bad = await call(editionsRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/editions`, {
      token: p.users.OWNER.token,
      params: { id: p.documentId },
      body: { includeNotes: 'yes' },
    });
    expect(bad.status).toBe(400);
  });

  it('leaves out a note whose words were deleted (detached)', async () => {
    const p = await seedProject(CONTENT);
    const [first] = await approveAll(p);
    await note(p, 'OWNER', first!.id, '대동강', 'A river.');
    const s = await db.segment.findUniqueOrThrow({ where: { id: first!.id } });
    const res = await call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${s.id}`, {
      token: p.users.OWNER.token,
      params: { id: s.id },
      body: { target: '평양은 수도이다.', state: 'APPROVED', version: s.version },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect((await db.annotation.findFirstOrThrow({ where: { kind: 'note', segmentId: s.id } })).detached).toBe(true);
    expect((await publish(p)).notes).toEqual([]);
  });
});
