// Bulk segment writes (alignment apply, replace) in slices: the version check, revisions,
// annotations carried over and TM units, on both engines (PostgreSQL: one UPDATE … FROM unnest).
import { describe, expect, it } from 'vitest';
import { databaseKind, db } from '../db/client';
import { listSegments } from '../documents/get-document';
import { replaceInDocument } from '../documents/replace-in-document';
import { approveDocumentSegments } from '../review/approve-document';
import { createAnnotation } from '../review/manage-annotations';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { updateSegment } from './update-segment';
import { bulkChunks, setSegmentStates, writeSegments } from './bulk-write';

useTestDatabase();

describe('bulk segment writes', () => {
  it('write only segments still at their version, with a revision, moved annotations and TM units', async () => {
    const p = await seedProject();
    const [a, b, c] = (await listSegments(p.users.OWNER, p.documentId, { offset: 0, limit: 3 })).segments;
    const t = p.users.TRANSLATOR;
    const sa = await updateSegment(t, a!.id, { target: '권정근은 말했다', version: a!.version });
    await createAnnotation(p.users.REVIEWER, a!.id, {
      side: 'target',
      start: 0,
      end: 3,
      category: 'style',
      severity: 'minor',
      comment: '',
    });
    const stale = await updateSegment(t, b!.id, { target: '둘째', version: b!.version }); // b moves on after being read
    const unit = (id: string) => ({
      segmentId: id,
      sourceText: 'Source.',
      doNotTranslate: false,
      prevSource: 'Before.',
      nextSource: 'After.',
    });
    const written = await db.$transaction((tx) =>
      writeSegments(
        tx,
        [
          {
            id: a!.id,
            version: sa.version,
            target: null,
            targetText: '그때 권정근은 말했다',
            oldTargetText: '권정근은 말했다',
            state: 'TRANSLATED',
            sentenceLinks: null,
            unit: unit(a!.id),
          },
          {
            id: b!.id,
            version: b!.version,
            target: null,
            targetText: '덮어쓰기',
            oldTargetText: '',
            state: 'DRAFT',
            sentenceLinks: null,
            unit: unit(b!.id),
          },
          {
            id: c!.id,
            version: c!.version,
            target: null,
            targetText: '셋째',
            oldTargetText: '',
            state: 'DRAFT',
            sentenceLinks: null,
            unit: unit(c!.id),
          },
        ],
        { origin: 'HUMAN', action: 'replace', userId: t.id, projectId: p.projectId },
      ),
    );
    expect([...written].sort()).toEqual([a!.id, c!.id].sort());
    const rows = new Map((await db.segment.findMany({ where: { id: { in: [a!.id, b!.id, c!.id] } } })).map((r) => [r.id, r]));
    expect([rows.get(a!.id)!.targetText, rows.get(a!.id)!.version, rows.get(a!.id)!.state]).toEqual([
      '그때 권정근은 말했다',
      sa.version + 1,
      'TRANSLATED',
    ]);
    expect([rows.get(b!.id)!.targetText, rows.get(b!.id)!.version]).toEqual(['둘째', stale.version]);
    expect(rows.get(c!.id)!.updatedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    const revs = await db.segmentRevision.findMany({ where: { action: 'replace' }, orderBy: { segmentId: 'asc' } });
    expect(revs.map((r) => [r.segmentId, r.version, r.targetText]).sort()).toEqual(
      [
        [a!.id, sa.version + 1, '그때 권정근은 말했다'],
        [c!.id, c!.version + 1, '셋째'],
      ].sort(),
    );
    const annotation = await db.annotation.findFirstOrThrow({ where: { segmentId: a!.id } });
    expect([annotation.start, annotation.end, annotation.detached]).toEqual([3, 6, false]);
    const units = await db.tmUnit.findMany({ where: { projectId: p.projectId } });
    expect(units.map((u) => [u.segmentId, u.target, u.prevSource, u.state])).toEqual([
      [a!.id, '그때 권정근은 말했다', 'Before.', 'CONFIRMED'],
    ]);
  });

  it('groups are sized for the engine: 50 on SQLite (parameter lists), 500 on PostgreSQL (a round trip per statement)', () => {
    const sizes = bulkChunks(Array.from({ length: 1_200 }, (_, i) => i)).map((c) => c.length);
    expect(sizes).toEqual(databaseKind() === 'postgresql' ? [500, 500, 200] : [...Array(24).fill(50)]);
  });

  it("a TM unit is found by its segment through an index (each slice replaces its segments' units)", async () => {
    const indexes: { name: string }[] =
      databaseKind() === 'postgresql'
        ? await db.$queryRawUnsafe(`SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'TmUnit'`)
        : await db.$queryRawUnsafe(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'TmUnit'`);
    expect(indexes.map((i) => i.name)).toContain('TmUnit_segmentId_idx');
  });

  it('a replace over many segments writes them all, in slices, with one revision each', async () => {
    // 600: more than one group on either engine (bulkChunks).
    const p = await seedProject(Array.from({ length: 600 }, (_, i) => `Paragraph ${i + 1}.`).join('\n\n'));
    const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    await db.segment.updateMany({
      where: { documentId: p.documentId },
      data: {
        target: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '문단' }] }] }),
        targetText: '문단',
        state: 'DRAFT',
      },
    });
    const r = await replaceInDocument(p.users.OWNER, p.documentId, {
      find: '문단',
      replace: '단락',
      regex: false,
      caseSensitive: false,
      dryRun: false,
    });
    expect(r.applied).toHaveLength(600);
    expect(r.applied[0]).toMatchObject({ targetText: '단락', version: segs[0]!.version + 1, origin: 'HUMAN' });
    expect(await db.segment.count({ where: { documentId: p.documentId, targetText: '단락' } })).toBe(600);
    expect(await db.segmentRevision.count({ where: { action: 'replace', segment: { documentId: p.documentId } } })).toBe(600);
  });

  it('a bulk approve over more than one slice: each segment approved on its version, with a revision and an APPROVED unit', async () => {
    const p = await seedProject(Array.from({ length: 150 }, (_, i) => `Paragraph ${i + 1}.`).join('\n\n'));
    for (const s of await db.segment.findMany({ where: { documentId: p.documentId } })) {
      const text = `${s.position + 1}번째 문단.`; // the number QA checks is there
      await db.segment.update({
        where: { id: s.id },
        data: {
          target: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }),
          targetText: text,
          state: 'TRANSLATED',
        },
      });
    }
    const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    const r = await approveDocumentSegments(p.users.REVIEWER, p.documentId, { segmentIds: segs.map((s) => s.id) });
    expect(r.skipped).toEqual([]);
    expect(r.approved.map((s) => [s.id, s.state, s.version])).toEqual(segs.map((s) => [s.id, 'APPROVED', s.version + 1]));
    expect(await db.segment.count({ where: { documentId: p.documentId, state: 'APPROVED' } })).toBe(150);
    expect(await db.segmentRevision.count({ where: { action: 'approve', state: 'APPROVED', segment: { documentId: p.documentId } } })).toBe(
      150,
    );
    const units = await db.tmUnit.findMany({ where: { projectId: p.projectId }, orderBy: { source: 'asc' } });
    expect(units).toHaveLength(150);
    expect(units.every((u) => u.state === 'APPROVED' && u.target.endsWith('번째 문단.'))).toBe(true);
    expect(units.find((u) => u.source === 'Paragraph 2.')).toMatchObject({ prevSource: 'Paragraph 1.', nextSource: 'Paragraph 3.' });
  });

  it('sets states only on segments still at their version', async () => {
    const p = await seedProject();
    const [a, b] = (await listSegments(p.users.OWNER, p.documentId, { offset: 0, limit: 2 })).segments;
    await updateSegment(p.users.TRANSLATOR, b!.id, { target: '바뀜', version: b!.version });
    const written = await db.$transaction((tx) =>
      setSegmentStates(
        tx,
        [
          { id: a!.id, version: a!.version },
          { id: b!.id, version: b!.version },
        ],
        'APPROVED',
        p.users.REVIEWER.id,
        new Date(),
      ),
    );
    expect([...written]).toEqual([a!.id]);
    const rows = await db.segment.findMany({ where: { id: { in: [a!.id, b!.id] } }, orderBy: { position: 'asc' } });
    expect(rows.map((r) => [r.state, r.version, r.updatedById])).toEqual([
      ['APPROVED', a!.version + 1, p.users.REVIEWER.id],
      ['DRAFT', b!.version + 1, p.users.TRANSLATOR.id],
    ]);
  });
});
