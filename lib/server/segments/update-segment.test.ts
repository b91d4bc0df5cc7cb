import { describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { listSegments } from '../documents/get-document';
import { seedProject } from '../testing/factories';
import { useTestDatabase } from '../testing/db';
import { updateSegment } from './update-segment';

useTestDatabase();

describe('updateSegment', () => {
  it('saves with the current version, records a revision, and moves EMPTY → DRAFT → TRANSLATED', async () => {
    const p = await seedProject();
    const t = p.users.TRANSLATOR;
    const [seg] = (await listSegments(t, p.documentId, { offset: 0, limit: 10 })).segments;
    const saved = await updateSegment(t, seg!.id, { target: '첫 문단.', version: seg!.version });
    expect(saved.state).toBe('DRAFT');
    expect(saved.version).toBe(seg!.version + 1);
    expect(saved.origin).toBe('HUMAN');
    const confirmed = await updateSegment(t, seg!.id, { target: '첫 문단입니다.', state: 'TRANSLATED', version: saved.version });
    expect(confirmed.state).toBe('TRANSLATED');
    const revisions = await db.segmentRevision.findMany({ where: { segmentId: seg!.id }, orderBy: { version: 'asc' } });
    expect(revisions.map((r) => [r.version, r.targetText, r.action])).toEqual([
      [2, '첫 문단.', 'save'],
      [3, '첫 문단입니다.', 'confirm'],
    ]);
  });

  it('refuses a stale version with 409, returns the current segment, and overwrites nothing', async () => {
    const p = await seedProject();
    const [seg] = (await listSegments(p.users.OWNER, p.documentId, { offset: 0, limit: 10 })).segments;
    await updateSegment(p.users.TRANSLATOR, seg!.id, { target: '번역가의 글', version: seg!.version });
    const err = await updateSegment(p.users.REVIEWER, seg!.id, { target: '검토자의 글', version: seg!.version }).catch((e) => e);
    expect(err.status).toBe(409);
    expect(err.details.current.targetText).toBe('번역가의 글');
    const stored = await db.segment.findUniqueOrThrow({ where: { id: seg!.id } });
    expect(stored.targetText).toBe('번역가의 글');
    expect(await db.segmentRevision.count({ where: { segmentId: seg!.id } })).toBe(1);
  });

  it('keeps approved segments read-only for translators and refuses to confirm an empty target', async () => {
    const p = await seedProject();
    const [seg] = (await listSegments(p.users.OWNER, p.documentId, { offset: 0, limit: 10 })).segments;
    const approved = await updateSegment(p.users.OWNER, seg!.id, { target: '승인된 글', state: 'APPROVED', version: seg!.version });
    const denied = await updateSegment(p.users.TRANSLATOR, seg!.id, { target: '고침', version: approved.version }).catch((e) => e);
    expect(denied.status).toBe(403);
    const empty = await updateSegment(p.users.OWNER, seg!.id, { target: ' ', state: 'TRANSLATED', version: approved.version }).catch(
      (e) => e,
    );
    expect(empty.status).toBe(400);
    expect((await db.segment.findUniqueOrThrow({ where: { id: seg!.id } })).targetText).toBe('승인된 글');
  });
});
