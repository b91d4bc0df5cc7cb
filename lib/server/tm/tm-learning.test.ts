// The memory learns at confirmation, from aligned text and at approval (issue #17): state, origin,
// who and when on every unit; approved ranks above confirmed; a rejection removes the unit, a
// reopening keeps it as confirmed; the TMX export carries the state.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as applyRoute from '@/app/api/v1/documents/[id]/alignment/apply/route';
import * as exportRoute from '@/app/api/v1/projects/[id]/tm/export/route';
import * as searchRoute from '@/app/api/v1/projects/[id]/tm/search/route';
import * as segmentRoute from '@/app/api/v1/segments/[id]/route';
import * as approveRoute from '@/app/api/v1/segments/[id]/approve/route';
import * as rejectRoute from '@/app/api/v1/segments/[id]/reject/route';
import * as reopenRoute from '@/app/api/v1/segments/[id]/reopen/route';
import * as suggestionsRoute from '@/app/api/v1/segments/[id]/suggestions/route';
import { databaseConfig } from '../db/config';
import { db } from '../db/client';
import { useTestDatabase } from '../testing/db';
import { seedProject, type SeededProject } from '../testing/factories';
import { call } from '../testing/request';

useTestDatabase();

type Who = keyof SeededProject['users'];
async function confirm(p: SeededProject, who: Who, id: string, target: string) {
  const { version } = await db.segment.findUniqueOrThrow({ where: { id } });
  return call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${id}`, {
    token: p.users[who].token,
    params: { id },
    body: { target, version, state: 'TRANSLATED' },
  });
}
async function decide(route: typeof approveRoute.POST, action: string, p: SeededProject, id: string, body: Record<string, unknown> = {}) {
  return call(route, 'POST', `/api/v1/segments/${id}/${action}`, { token: p.users.REVIEWER.token, params: { id }, body });
}
const suggestions = async (p: SeededProject, id: string) =>
  (await call(suggestionsRoute.GET, 'GET', `/api/v1/segments/${id}/suggestions`, { token: p.users.TRANSLATOR.token, params: { id } })).json;
const concordance = async (p: SeededProject, q: string) =>
  (
    await call(searchRoute.GET, 'GET', `/api/v1/projects/${p.projectId}/tm/search`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.projectId },
      query: { q },
    })
  ).json;

describe('the memory learns at confirmation', () => {
  it('a confirmed segment gives a suggestion (state, origin, author, date) and a concordance hit to another segment; the TMX export carries it', async () => {
    const p = await seedProject(
      'Pyongyang rejected the proposal.\n\nSeoul waited.\n\nPyongyang rejected the proposal again.\n\nPyongyang rejected the proposal.',
    );
    const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    expect((await confirm(p, 'TRANSLATOR', segs[0]!.id, '평양은 그 제안을 거부했다.')).status).toBe(200);
    const unit = await db.tmUnit.findFirstOrThrow({ where: { projectId: p.projectId } });
    expect(unit).toMatchObject({ segmentId: segs[0]!.id, state: 'CONFIRMED', origin: 'HUMAN', createdById: p.users.TRANSLATOR.id });

    const exact = await suggestions(p, segs[3]!.id);
    expect(exact.matches).toHaveLength(1);
    expect(exact.matches[0]).toMatchObject({
      score: 100,
      target: '평양은 그 제안을 거부했다.',
      state: 'CONFIRMED',
      origin: 'HUMAN',
      createdByName: p.users.TRANSLATOR.name,
    });
    expect(Date.parse(exact.matches[0].createdAt)).toBeGreaterThan(Date.now() - 60_000);
    const fuzzy = await suggestions(p, segs[2]!.id);
    expect(fuzzy.matches[0]).toMatchObject({ kind: 'fuzzy', state: 'CONFIRMED' });
    expect(fuzzy.matches[0].score).toBeLessThan(100);
    expect(fuzzy.matches[0].diff).toContainEqual({ op: 'insert', text: 'again' });

    const hits = await concordance(p, 'rejected the proposal');
    expect(hits).toMatchObject({
      total: 1,
      units: [{ target: '평양은 그 제안을 거부했다.', state: 'CONFIRMED', createdByName: p.users.TRANSLATOR.name }],
    });

    const tmx = await call(exportRoute.GET, 'GET', `/api/v1/projects/${p.projectId}/tm/export`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.projectId },
    });
    expect(tmx.status).toBe(200);
    expect(tmx.json).toContain('<seg>평양은 그 제안을 거부했다.</seg>');
    expect(tmx.json).toContain('<prop type="x-state">CONFIRMED</prop>');
  });

  it('ranks an approved unit above a newer confirmed one; a rejection removes the unit; a reopening keeps it as confirmed', async () => {
    const p = await seedProject('The border stayed closed.\n\nThe border stayed closed.\n\nThe border stayed closed.');
    const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    await confirm(p, 'TRANSLATOR', segs[0]!.id, '국경은 닫혀 있었다.');
    expect((await decide(approveRoute.POST, 'approve', p, segs[0]!.id)).status).toBe(200);
    expect(await db.tmUnit.findMany({ where: { segmentId: segs[0]!.id } })).toMatchObject([
      { state: 'APPROVED', createdById: p.users.REVIEWER.id },
    ]);
    await confirm(p, 'TRANSLATOR', segs[1]!.id, '국경은 폐쇄된 상태였다.'); // newer, only confirmed
    const ranked = (await suggestions(p, segs[2]!.id)).matches;
    expect(ranked.map((m: { target: string; state: string }) => [m.target, m.state])).toEqual([
      ['국경은 닫혀 있었다.', 'APPROVED'],
      ['국경은 폐쇄된 상태였다.', 'CONFIRMED'],
    ]);
    expect(ranked[0].score).toBe(ranked[1].score);

    expect((await decide(rejectRoute.POST, 'reject', p, segs[1]!.id, { reason: '폐쇄보다 닫힘이 맞습니다.' })).status).toBe(200);
    expect(await db.tmUnit.count({ where: { segmentId: segs[1]!.id } })).toBe(0);
    expect((await suggestions(p, segs[2]!.id)).matches.map((m: { target: string }) => m.target)).toEqual(['국경은 닫혀 있었다.']);

    expect((await decide(reopenRoute.POST, 'reopen', p, segs[0]!.id)).status).toBe(200);
    expect(await db.tmUnit.findMany({ where: { segmentId: segs[0]!.id } })).toMatchObject([
      { state: 'CONFIRMED', createdById: p.users.REVIEWER.id },
    ]);
    expect((await suggestions(p, segs[2]!.id)).matches[0]).toMatchObject({ target: '국경은 닫혀 있었다.', state: 'CONFIRMED' });
  });

  it('learns from aligned text (origin ALIGNED), also when applied as drafts', async () => {
    const p = await seedProject('Talks resumed.\n\nAid arrived.\n\nTalks resumed.');
    const apply = await call(applyRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/alignment/apply`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.documentId },
      body: {
        beads: [
          { source: [0], target: [0], text: '회담이 재개됐다.' },
          { source: [1], target: [1], text: '지원이 도착했다.' },
        ],
      },
    });
    expect(apply.status).toBe(200);
    expect(await db.tmUnit.findMany({ where: { projectId: p.projectId }, orderBy: { source: 'asc' } })).toMatchObject([
      { source: 'Aid arrived.', state: 'CONFIRMED', origin: 'ALIGNED' },
      { source: 'Talks resumed.', target: '회담이 재개됐다.', state: 'CONFIRMED', origin: 'ALIGNED' },
    ]);
    const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    expect((await suggestions(p, segs[2]!.id)).matches[0]).toMatchObject({ target: '회담이 재개됐다.', origin: 'ALIGNED', score: 100 });
  });

  it('migration 0008 backfills segments confirmed before it as CONFIRMED units with their context (this engine)', async () => {
    const p = await seedProject('Before.\n\nThe ceasefire held.\n\nAfter.\n\nThe ceasefire held.');
    const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    // Written as an older version did: confirmed, no unit.
    await db.segment.update({
      where: { id: segs[1]!.id },
      data: { targetText: '휴전은 유지됐다.', state: 'TRANSLATED', origin: 'MT', updatedById: p.users.TRANSLATOR.id },
    });
    await db.segment.update({ where: { id: segs[2]!.id }, data: { targetText: '이후.', state: 'DRAFT' } });
    expect(await db.tmUnit.count({ where: { projectId: p.projectId } })).toBe(0);
    const config = databaseConfig();
    const sql = readFileSync(path.join(process.cwd(), 'prisma/migrations', config.kind, '0008_tm_unit_state.sql'), 'utf8');
    const backfill = sql.slice(sql.indexOf('INSERT INTO "TmUnit"')).trim().replace(/;$/, '');
    // As the migration runs it: on PostgreSQL in the test file's schema (migrate.ts sets search_path).
    const run = () =>
      db.$transaction(async (tx) => {
        if (config.kind === 'postgresql' && config.schema)
          await tx.$executeRawUnsafe(`SET LOCAL search_path TO "${config.schema.replace(/"/g, '')}"`);
        return tx.$executeRawUnsafe(backfill);
      });
    expect(await run()).toBe(1);
    expect(await run()).toBe(0); // once per segment
    expect(await db.tmUnit.findMany({ where: { projectId: p.projectId } })).toMatchObject([
      {
        segmentId: segs[1]!.id,
        source: 'The ceasefire held.',
        target: '휴전은 유지됐다.',
        prevSource: 'Before.',
        nextSource: 'After.',
        state: 'CONFIRMED',
        origin: 'MT',
        createdById: p.users.TRANSLATOR.id,
      },
    ]);
    expect((await suggestions(p, segs[3]!.id)).matches[0]).toMatchObject({
      score: 100,
      target: '휴전은 유지됐다.',
      state: 'CONFIRMED',
      createdByName: p.users.TRANSLATOR.name,
    });
  });
});
