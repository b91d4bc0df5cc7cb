// The job's bulk write (write-drafts.ts) on the engine under test: the conditional UPDATE takes
// exactly the rows isPretranslatable allows at their planned version, the revisions match, the
// dates written by raw SQL read back through Prisma, and a person's save racing with it wins.
import { describe, expect, it } from 'vitest';
import { isPretranslatable, PRETRANSLATE_SCOPES } from '../../workflow/pretranslate-scope';
import { ORIGINS, SEGMENT_STATES, type Origin, type SegmentState } from '../../workflow/segment-states';
import { db } from '../db/client';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { writeDrafts, type DraftWrite } from './write-drafts';

useTestDatabase();

const doc = (text: string) => JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const draft = (s: { id: string; version: number }, text: string, extra: Partial<DraftWrite> = {}): DraftWrite => ({
  segmentId: s.id,
  version: s.version,
  target: doc(text),
  targetText: text,
  matchScore: null,
  reason: null,
  ...extra,
});

async function segments(n: number) {
  const p = await seedProject(Array.from({ length: n }, (_, i) => `Paragraph ${i}.`).join('\n\n'));
  const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
  return { p, segs };
}

describe('writeDrafts', () => {
  for (const scope of PRETRANSLATE_SCOPES) {
    it(`writes exactly what isPretranslatable allows in scope "${scope}", at the planned version only`, async () => {
      const combos: { state: SegmentState; origin: Origin | null; doNotTranslate: boolean }[] = [];
      for (const state of SEGMENT_STATES)
        for (const origin of [null, ...ORIGINS]) for (const doNotTranslate of [false, true]) combos.push({ state, origin, doNotTranslate });
      const { p, segs } = await segments(combos.length + 1);
      for (const [i, c] of combos.entries()) await db.segment.update({ where: { id: segs[i]!.id }, data: { ...c, version: 3 } });
      const stale = segs[combos.length]!; // in scope, but planned at an older version than it has now
      await db.segment.update({ where: { id: stale.id }, data: { version: 2 } });

      const before = new Date(Date.now() - 1);
      const writes = [
        ...combos.map((_, i) => draft({ id: segs[i]!.id, version: 3 }, `[MT] 번역 ${i}`, { reason: i % 2 ? '{"qa":[]}' : null })),
        draft({ id: stale.id, version: 1 }, '[MT] stale'),
      ];
      const written = await db.$transaction((tx) => writeDrafts(tx, 'MT', writes, { scope, userId: p.users.OWNER.id }));

      const expected = combos.flatMap((c, i) => (isPretranslatable(c, scope) ? [segs[i]!.id] : []));
      expect(expected.length).toBeGreaterThan(0);
      expect(written.sort()).toEqual(expected.sort());
      const after = new Map((await db.segment.findMany({ where: { documentId: p.documentId } })).map((s) => [s.id, s]));
      for (const [i, c] of combos.entries()) {
        const s = after.get(segs[i]!.id)!;
        if (expected.includes(s.id)) {
          expect(s).toMatchObject({
            state: 'DRAFT',
            origin: 'MT',
            version: 4,
            targetText: `[MT] 번역 ${i}`,
            target: doc(`[MT] 번역 ${i}`),
            matchScore: null,
            updatedById: p.users.OWNER.id,
            doNotTranslate: false,
          });
          expect(s.updatedAt).toBeInstanceOf(Date);
          expect(s.updatedAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
          expect(s.updatedAt.getTime()).toBeLessThanOrEqual(Date.now());
        } else {
          expect(s).toMatchObject({ ...c, version: 3, targetText: segs[i]!.targetText });
        }
      }
      expect(after.get(stale.id)).toMatchObject({ version: 2, state: 'EMPTY', targetText: '' });

      const revs = await db.segmentRevision.findMany({ where: { segment: { documentId: p.documentId }, action: 'mt' } });
      expect(revs.map((r) => r.segmentId).sort()).toEqual(expected.sort());
      for (const r of revs) {
        const i = segs.findIndex((s) => s.id === r.segmentId);
        expect(r).toMatchObject({
          version: 4,
          state: 'DRAFT',
          origin: 'MT',
          targetText: `[MT] 번역 ${i}`,
          target: doc(`[MT] 번역 ${i}`),
          reason: i % 2 ? '{"qa":[]}' : null,
          userId: p.users.OWNER.id,
        });
        expect(r.id).toMatch(/\S{20,}/);
        // summarize() counts a job's revisions by createdAt ≥ the job's: the raw date must compare right.
        expect(r.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
      }
      expect(
        await db.segmentRevision.count({ where: { segment: { documentId: p.documentId }, action: 'mt', createdAt: { gte: before } } }),
      ).toBe(expected.length);
    });
  }

  it('keeps per-row TM scores, null where there is none, and handles more rows than one statement takes', async () => {
    const { p, segs } = await segments(450);
    const writes = segs.map((s, i) =>
      draft(s, `메모리 ${i}`, {
        matchScore: i === 7 ? null : i % 2 ? 100 : 101,
        reason: JSON.stringify({ tm: { unitId: `u${i}`, score: 100 } }),
      }),
    );
    const written = await db.$transaction((tx) => writeDrafts(tx, 'TM', writes, { scope: 'empty', userId: null }));
    expect(written).toHaveLength(450);
    const after = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    expect(after.map((s) => s.matchScore)).toEqual(segs.map((_, i) => (i === 7 ? null : i % 2 ? 100 : 101)));
    expect(
      after.every(
        (s, i) => s.origin === 'TM' && s.state === 'DRAFT' && s.version === 2 && s.targetText === `메모리 ${i}` && s.updatedById === null,
      ),
    ).toBe(true);
    const revs = await db.segmentRevision.findMany({ where: { segment: { documentId: p.documentId }, action: 'tm' } });
    expect(revs).toHaveLength(450);
    expect(new Set(revs.map((r) => r.id)).size).toBe(450);
    expect(revs.find((r) => r.segmentId === segs[3]!.id)).toMatchObject({
      origin: 'TM',
      version: 2,
      reason: JSON.stringify({ tm: { unitId: 'u3', score: 100 } }),
    });
    // A second write of the same plan takes nothing: every row moved past its planned version.
    expect(await db.$transaction((tx) => writeDrafts(tx, 'TM', writes, { scope: 'machine', userId: null }))).toEqual([]);
    expect(await db.segmentRevision.count({ where: { segment: { documentId: p.documentId } } })).toBe(450);
  });

  it('loses to a save committed while it waited for the row', async () => {
    const { p, segs } = await segments(3);
    const [human, cleared, other] = [segs[0]!, segs[1]!, segs[2]!];
    let saved!: () => void;
    const savedP = new Promise<void>((r) => (saved = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // A person's save holds its transaction open; the job's write starts meanwhile and must wait.
    const save = db.$transaction(
      async (tx) => {
        await tx.segment.update({
          where: { id: human.id },
          data: { target: doc('사람 번역'), targetText: '사람 번역', state: 'TRANSLATED', origin: 'HUMAN', version: { increment: 1 } },
        });
        // Still empty and in scope, but a person wrote it (and cleared it): its version moved on.
        await tx.segment.update({
          where: { id: cleared.id },
          data: { target: null, targetText: '', state: 'EMPTY', origin: null, version: { increment: 1 } },
        });
        saved();
        await gate;
      },
      { timeout: 10_000 },
    );
    await savedP;
    const job = db.$transaction(
      (tx) =>
        writeDrafts(tx, 'MT', [draft(human, '[MT] 기계'), draft(cleared, '[MT] 비움'), draft(other, '[MT] 다른')], {
          scope: 'empty',
          userId: p.users.OWNER.id,
        }),
      { maxWait: 10_000, timeout: 10_000 },
    );
    await new Promise((r) => setTimeout(r, 150));
    release();
    await save;
    expect(await job).toEqual([other.id]);
    expect(await db.segment.findUniqueOrThrow({ where: { id: human.id } })).toMatchObject({
      targetText: '사람 번역',
      state: 'TRANSLATED',
      origin: 'HUMAN',
      version: 2,
    });
    expect(await db.segment.findUniqueOrThrow({ where: { id: cleared.id } })).toMatchObject({
      targetText: '',
      state: 'EMPTY',
      origin: null,
      version: 2,
    });
    expect(await db.segment.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      targetText: '[MT] 다른',
      origin: 'MT',
      version: 2,
    });
    expect(await db.segmentRevision.count({ where: { segmentId: { in: [human.id, cleared.id] } } })).toBe(0);
  });
});
