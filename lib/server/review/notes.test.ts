// Reader notes through the API (annotation kind "note"): validation of the kind, who writes and who
// approves (policies 'note.write', 'note.approve'), anchoring across edits, and that notes stay out
// of the review list and the quality report.
import { describe, expect, it } from 'vitest';
import * as approveNoteRoute from '@/app/api/v1/annotations/[id]/approve/route';
import * as annotationRoute from '@/app/api/v1/annotations/[id]/route';
import * as qualityRoute from '@/app/api/v1/documents/[id]/quality/route';
import * as segmentRoute from '@/app/api/v1/segments/[id]/route';
import * as annotationsRoute from '@/app/api/v1/segments/[id]/annotations/route';
import { db } from '../db/client';
import { useTestDatabase } from '../testing/db';
import { seedProject, type SeededProject } from '../testing/factories';
import { call } from '../testing/request';

useTestDatabase();

type Who = keyof SeededProject['users'];

async function firstSegment(p: SeededProject, target = '평양은 북한의 수도이다. 대동강이 흐른다.') {
  const seg = await db.segment.findFirstOrThrow({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
  await save(p, 'TRANSLATOR', seg.id, target);
  return seg.id;
}

async function save(p: SeededProject, who: Who, id: string, target: string) {
  const version = (await db.segment.findUniqueOrThrow({ where: { id } })).version;
  const res = await call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${id}`, {
    token: p.users[who].token,
    params: { id },
    body: { target, version },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
}

function annotate(p: SeededProject, who: Who | null, segmentId: string, body: Record<string, unknown>) {
  return call(annotationsRoute.POST, 'POST', `/api/v1/segments/${segmentId}/annotations`, {
    token: who ? p.users[who].token : undefined,
    params: { id: segmentId },
    body,
  });
}

async function noteOn(p: SeededProject, who: Who, segmentId: string, words: string, comment = 'The capital of North Korea.') {
  const seg = await db.segment.findUniqueOrThrow({ where: { id: segmentId } });
  const start = seg.targetText.indexOf(words);
  const res = await annotate(p, who, segmentId, { kind: 'note', side: 'target', start, end: start + words.length, comment });
  return res;
}

function approve(p: SeededProject, who: Who | null, id: string) {
  return call(approveNoteRoute.POST, 'POST', `/api/v1/annotations/${id}/approve`, {
    token: who ? p.users[who].token : undefined,
    params: { id },
  });
}

function list(p: SeededProject, segmentId: string) {
  return call(annotationsRoute.GET, 'GET', `/api/v1/segments/${segmentId}/annotations`, {
    token: p.users.OWNER.token,
    params: { id: segmentId },
  });
}

describe('reader notes', () => {
  it('validates: a note has no category or severity and needs a comment; a review annotation still needs both', async () => {
    const p = await seedProject('Pyongyang is the capital.');
    const id = await firstSegment(p);
    const base = { side: 'target', start: 0, end: 2, comment: 'Capital city.' };
    for (const extra of [{ category: 'style' }, { severity: 'minor' }, { category: 'style', severity: 'minor' }]) {
      const res = await annotate(p, 'TRANSLATOR', id, { ...base, kind: 'note', ...extra });
      expect(res.status, JSON.stringify(extra)).toBe(400);
      expect(res.json.error.code).toBe('validation_failed');
    }
    expect((await annotate(p, 'TRANSLATOR', id, { ...base, kind: 'note', comment: '  ' })).status).toBe(400);
    expect((await annotate(p, 'REVIEWER', id, { ...base, kind: 'review', severity: 'minor' })).status).toBe(400);
    expect((await annotate(p, 'REVIEWER', id, { ...base, category: 'style' })).status).toBe(400);
    expect((await annotate(p, 'TRANSLATOR', id, { ...base, kind: 'gloss' })).status).toBe(400);
    // The review kind is the default, unchanged.
    const review = await annotate(p, 'REVIEWER', id, { ...base, category: 'style', severity: 'minor' });
    expect(review.status).toBe(201);
    expect(review.json).toMatchObject({ category: 'style', severity: 'minor', status: 'open' });
  });

  it('translators and owners write notes; reviewers may not; anonymous gets 401', async () => {
    const p = await seedProject('Pyongyang is the capital.');
    const id = await firstSegment(p);
    const t = await noteOn(p, 'TRANSLATOR', id, '평양');
    expect(t.status, JSON.stringify(t.json)).toBe(201);
    expect(t.json).toMatchObject({
      kind: 'note',
      quote: '평양',
      comment: 'The capital of North Korea.',
      approved: false,
      approvedBy: null,
      author: { id: p.users.TRANSLATOR.id },
    });
    expect(t.json.category).toBeUndefined();
    const o = await noteOn(p, 'OWNER', id, '대동강', 'A river.');
    expect(o.status).toBe(201);
    expect(o.json).toMatchObject({ approved: true, approvedBy: { id: p.users.OWNER.id } });
    const r = await noteOn(p, 'REVIEWER', id, '수도');
    expect(r.status).toBe(403);
    expect((await annotate(p, null, id, { kind: 'note', side: 'target', start: 0, end: 2, comment: 'x' })).status).toBe(401);
    expect(await db.annotation.count({ where: { kind: 'note' } })).toBe(2);
  });

  it("a reviewer or owner approves a translator's note; the translator and anonymous cannot; a review annotation is not approved", async () => {
    const p = await seedProject('Pyongyang is the capital.');
    const id = await firstSegment(p);
    const note = (await noteOn(p, 'TRANSLATOR', id, '평양')).json as { id: string };
    expect((await approve(p, null, note.id)).status).toBe(401);
    expect((await approve(p, 'TRANSLATOR', note.id)).status).toBe(403);
    const ok = await approve(p, 'REVIEWER', note.id);
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ approved: true, approvedBy: { id: p.users.REVIEWER.id } });
    expect((await db.annotation.findUniqueOrThrow({ where: { id: note.id } })).approvedById).toBe(p.users.REVIEWER.id);
    const review = (await annotate(p, 'REVIEWER', id, { side: 'target', start: 0, end: 2, category: 'style', severity: 'minor' })).json as {
      id: string;
    };
    expect((await approve(p, 'OWNER', review.id)).status).toBe(409);
    expect((await approve(p, 'OWNER', 'nope')).status).toBe(404);
  });

  it("the author edits the text; a translator's edit takes the approval back; category, severity and status are refused", async () => {
    const p = await seedProject('Pyongyang is the capital.');
    const id = await firstSegment(p);
    const note = (await noteOn(p, 'TRANSLATOR', id, '평양')).json as { id: string };
    await approve(p, 'OWNER', note.id);
    const patch = (who: Who, body: Record<string, unknown>) =>
      call(annotationRoute.PATCH, 'PATCH', `/api/v1/annotations/${note.id}`, { token: p.users[who].token, params: { id: note.id }, body });
    expect((await patch('OWNER', { comment: 'Not mine.' })).status).toBe(403);
    expect((await patch('TRANSLATOR', { status: 'resolved' })).status).toBe(400);
    expect((await patch('TRANSLATOR', { severity: 'minor' })).status).toBe(400);
    const edited = await patch('TRANSLATOR', { comment: 'Pyongyang, capital of the DPRK.' });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ comment: 'Pyongyang, capital of the DPRK.', approved: false });
  });

  it('is anchored like a review annotation: moves with an edit, detaches when its words go; listed apart from review annotations', async () => {
    const p = await seedProject('Pyongyang is the capital.');
    const id = await firstSegment(p);
    const note = (await noteOn(p, 'TRANSLATOR', id, '대동강')).json as { id: string };
    await call(annotationsRoute.POST, 'POST', `/api/v1/segments/${id}/annotations`, {
      token: p.users.REVIEWER.token,
      params: { id },
      body: { side: 'target', start: 0, end: 2, category: 'style', severity: 'major' },
    });
    await save(p, 'TRANSLATOR', id, '평양은 북한의 수도이며 그 가운데로 대동강이 흐른다.');
    let row = await db.annotation.findUniqueOrThrow({ where: { id: note.id } });
    expect(row.detached).toBe(false);
    expect('평양은 북한의 수도이며 그 가운데로 대동강이 흐른다.'.slice(row.start, row.end)).toBe('대동강');
    await save(p, 'TRANSLATOR', id, '평양은 북한의 수도이다.');
    row = await db.annotation.findUniqueOrThrow({ where: { id: note.id } });
    expect(row.detached).toBe(true);
    const listed = await list(p, id);
    expect(listed.json.notes).toHaveLength(1);
    expect(listed.json.notes[0]).toMatchObject({ id: note.id, kind: 'note', detached: true });
    expect(listed.json.annotations).toHaveLength(1);
    expect(listed.json.annotations[0].category).toBe('style');
    // Notes are not review: the quality report counts only the review annotation.
    const q = await call(qualityRoute.GET, 'GET', `/api/v1/documents/${p.documentId}/quality`, {
      token: p.users.OWNER.token,
      params: { id: p.documentId },
    });
    expect(q.json.annotations).toBe(1);
  });
});
