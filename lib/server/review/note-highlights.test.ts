// The editor's reader-note highlights: GET /api/v1/documents/:id/quality carries the document's
// attached notes per segment, numbered in reading order (the English side first), apart from the
// review highlights; a note whose words went is left out; non-members see nothing.
import { describe, expect, it } from 'vitest';
import * as qualityRoute from '@/app/api/v1/documents/[id]/quality/route';
import * as segmentRoute from '@/app/api/v1/segments/[id]/route';
import * as annotationsRoute from '@/app/api/v1/segments/[id]/annotations/route';
import { db } from '../db/client';
import { useTestDatabase } from '../testing/db';
import { seedProject, type SeededProject } from '../testing/factories';
import { call } from '../testing/request';

useTestDatabase();

async function save(p: SeededProject, id: string, target: string) {
  const version = (await db.segment.findUniqueOrThrow({ where: { id } })).version;
  const res = await call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${id}`, {
    token: p.users.TRANSLATOR.token,
    params: { id },
    body: { target, version },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
}

async function note(p: SeededProject, segmentId: string, side: 'source' | 'target', words: string, comment: string) {
  const seg = await db.segment.findUniqueOrThrow({ where: { id: segmentId } });
  const start = (side === 'source' ? seg.sourceText : seg.targetText).indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  const res = await call(annotationsRoute.POST, 'POST', `/api/v1/segments/${segmentId}/annotations`, {
    token: p.users.TRANSLATOR.token,
    params: { id: segmentId },
    body: { kind: 'note', side, start, end: start + words.length, comment },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json.id as string;
}

const quality = (p: SeededProject, token?: string) =>
  call(qualityRoute.GET, 'GET', `/api/v1/documents/${p.documentId}/quality`, {
    token: token ?? p.users.REVIEWER.token,
    params: { id: p.documentId },
  });

describe('reader-note highlights for the editor rows', () => {
  it('lists attached notes per segment, numbered in reading order, and drops a detached one', async () => {
    const p = await seedProject();
    const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    const [first, second] = [segs[0]!, segs[1]!];
    await save(p, first.id, '평양은 북한의 수도이다.');
    const onTarget = await note(p, first.id, 'target', '평양', 'The capital.');
    const firstWord = first.sourceText.split(/\s+/)[0]!;
    const onSource = await note(p, first.id, 'source', firstWord, 'A gloss.');
    const later = await note(p, second.id, 'source', second.sourceText.split(/\s+/)[0]!, 'Later.');

    const res = await quality(p);
    expect(res.status).toBe(200);
    expect(res.json.notes[first.id]).toEqual([
      expect.objectContaining({ id: onSource, side: 'source', number: 1, comment: 'A gloss.', approved: false }),
      expect.objectContaining({ id: onTarget, side: 'target', number: 2, quote: '평양' }),
    ]);
    expect(res.json.notes[second.id]).toEqual([expect.objectContaining({ id: later, number: 3 })]);
    expect(res.json.highlights).toEqual({});
    expect(res.json.annotations).toBe(0);

    // The noted words go: the note is detached and no longer drawn; the numbers close up.
    await save(p, first.id, '북한의 수도.');
    const after = await quality(p);
    expect(after.json.notes[first.id].map((n: { id: string; number: number }) => [n.id, n.number])).toEqual([[onSource, 1]]);
    expect(after.json.notes[second.id][0].number).toBe(2);
  });

  it('is not shown to someone outside the project', async () => {
    const p = await seedProject();
    const other = await seedProject();
    const res = await quality(p, other.users.OWNER.token);
    expect(res.status).toBe(404);
  });
});
