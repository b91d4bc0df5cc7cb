import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { mergeSettings } from '../projects/settings';
import { listSegments } from '../documents/get-document';
import { createAnnotation } from '../review/manage-annotations';
import { seedProject, type SeededProject } from '../testing/factories';
import { useTestDatabase } from '../testing/db';
import { updateSegment } from './update-segment';

useTestDatabase();

// The fast saves (fast-save.ts on SQLite, pg-fast-save.ts on PostgreSQL) must store exactly what the
// Prisma path stores. Their revisions get UUIDs, Prisma's get cuids: that tells which path took a save.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const tookFastPath = async (segmentId: string, version: number) =>
  UUID.test((await db.segmentRevision.findFirstOrThrow({ where: { segmentId, version } })).id);

afterEach(() => {
  delete process.env.FAST_SAVE;
});

async function firstSegments(p: SeededProject) {
  return (await listSegments(p.users.OWNER, p.documentId, { offset: 0, limit: 10 })).segments;
}

/** A save sequence, with what the database holds afterwards (ids and times left out). */
async function scenario(fast: boolean) {
  process.env.FAST_SAVE = fast ? '1' : '0';
  const p = await seedProject();
  const [a, b] = await firstSegments(p);
  const t = p.users.TRANSLATOR;
  const answers: unknown[] = [];
  const strip = (x: object) => {
    const { updatedAt: _u, id: _i, documentId: _d, ...rest } = x as Record<string, unknown>;
    return rest;
  };
  let s = await updateSegment(t, a!.id, { target: '첫 문단.', version: a!.version });
  answers.push(strip(s));
  s = await updateSegment(t, a!.id, {
    target: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '굵게', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' 첫 문단' },
          ],
        },
      ],
    },
    version: s.version,
  });
  answers.push(strip(s));
  s = await updateSegment(t, a!.id, { target: null, version: s.version }); // emptied again → EMPTY
  answers.push(strip(s));
  const stale = await updateSegment(t, a!.id, { target: '늦은 저장', version: 1 }).catch((e) => e);
  answers.push([stale.status, stale.details.current.targetText, stale.details.current.version]);
  const outsider = await updateSegment(p.users.OUTSIDER, b!.id, { target: 'x', version: b!.version }).catch((e) => e);
  answers.push(outsider.status);
  s = await updateSegment(p.users.OWNER, b!.id, { target: '둘째', version: b!.version });
  answers.push(strip(s));
  const rows = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
  const revisions = await db.segmentRevision.findMany({
    where: { segment: { documentId: p.documentId } },
    orderBy: [{ segmentId: 'asc' }, { version: 'asc' }],
  });
  const userIds = Object.fromEntries(Object.entries(p.users).map(([k, u]) => [u.id, k]));
  return {
    answers,
    rows: rows.map(({ id: _i, documentId: _d, createdAt: _c, updatedAt, updatedById, ...r }) => ({
      ...r,
      updatedById: updatedById && userIds[updatedById],
      updatedAt: updatedAt instanceof Date,
    })),
    revisions: revisions.map(({ id: _i, segmentId: _s, createdAt, userId, ...r }) => ({
      ...r,
      userId: userId && userIds[userId],
      createdAt: createdAt instanceof Date,
    })),
    fast: await tookFastPath(a!.id, 2),
  };
}

describe('the fast save (SQLite: synchronous; PostgreSQL: one statement)', () => {
  it('stores and answers exactly what the Prisma path does', async () => {
    const viaPrisma = await scenario(false);
    const viaFast = await scenario(true);
    expect(viaPrisma.fast).toBe(false);
    expect(viaFast.fast).toBe(true);
    expect(viaFast.answers).toEqual(viaPrisma.answers);
    expect(viaFast.rows).toEqual(viaPrisma.rows);
    expect(viaFast.revisions).toEqual(viaPrisma.revisions);
    expect(viaFast.answers[3]).toEqual([409, '', 4]);
    expect(viaFast.answers[4]).toBe(404);
  });

  it('leaves confirmations and annotated text to the Prisma path; reviewer edits meet the setting on both', async () => {
    const p = await seedProject();
    const [a, b, c] = await firstSegments(p);
    // A plain save is fast …
    const draft = await updateSegment(p.users.TRANSLATOR, a!.id, { target: '초안', version: a!.version });
    expect(await tookFastPath(a!.id, draft.version)).toBe(true);
    // … a confirmation goes through the QA gate,
    const confirmed = await updateSegment(p.users.TRANSLATOR, a!.id, { target: '초안', state: 'TRANSLATED', version: draft.version });
    expect(confirmed.state).toBe('TRANSLATED');
    expect(await tookFastPath(a!.id, confirmed.version)).toBe(false);
    // … a reviewer changing text meets the project's setting, read in the same statement (fast),
    const reviewed = await updateSegment(p.users.REVIEWER, b!.id, { target: '검토', version: b!.version });
    expect(await tookFastPath(b!.id, reviewed.version)).toBe(true);
    await db.project.update({ where: { id: p.projectId }, data: { settings: mergeSettings(null, { reviewersMayEdit: false }) } });
    const refused = await updateSegment(p.users.REVIEWER, b!.id, { target: '검토 2', version: reviewed.version }).catch((e) => e);
    expect(refused.status).toBe(403);
    expect((await db.segment.findUniqueOrThrow({ where: { id: b!.id } })).targetText).toBe('검토');
    // … and annotations on the target are carried over the change.
    const s = await updateSegment(p.users.TRANSLATOR, c!.id, { target: '권정근은 말했다', version: c!.version });
    await createAnnotation(p.users.REVIEWER, c!.id, {
      side: 'target',
      start: 4,
      end: 8,
      category: 'style',
      severity: 'minor',
      comment: '',
    });
    const edited = await updateSegment(p.users.TRANSLATOR, c!.id, { target: '그때 권정근은 말했다', version: s.version });
    expect(await tookFastPath(c!.id, edited.version)).toBe(false);
    const annotation = await db.annotation.findFirstOrThrow({ where: { segmentId: c!.id } });
    expect([annotation.start, annotation.end, annotation.detached]).toEqual([7, 11, false]);
    // A save that changes nothing but is plain is fast again.
    const again = await updateSegment(p.users.TRANSLATOR, c!.id, { target: '그때 권정근은 말했다', version: edited.version });
    expect(await tookFastPath(c!.id, again.version)).toBe(true);
  });

  it('refuses what the rules refuse, on either path', async () => {
    const p = await seedProject();
    const [a] = await firstSegments(p);
    const saved = await updateSegment(p.users.OWNER, a!.id, { target: '승인', state: 'APPROVED', version: a!.version });
    const err = await updateSegment(p.users.TRANSLATOR, a!.id, { target: '바꿈', version: saved.version }).catch((e) => e);
    expect(err.status).toBe(403);
    const stored = await db.segment.findUniqueOrThrow({ where: { id: a!.id } });
    expect([stored.targetText, stored.version]).toEqual(['승인', saved.version]);
    const missing = await updateSegment(p.users.TRANSLATOR, 'no-such-segment', { target: 'x', version: 1 }).catch((e) => e);
    expect(missing.status).toBe(404);
  });
});
