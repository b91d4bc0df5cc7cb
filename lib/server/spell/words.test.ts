// The project word list (#22) through the API, and the spelling check on the server: a misspelt
// word is flagged with suggestions, a word added to the list is no longer flagged. Runs on both engines.
import { describe, expect, it } from 'vitest';
import * as segmentQaRoute from '@/app/api/v1/segments/[id]/qa/route';
import * as documentQaRoute from '@/app/api/v1/documents/[id]/qa/route';
import * as exportRoute from '@/app/api/v1/projects/[id]/terms/export/route';
import * as settingsRoute from '@/app/api/v1/projects/[id]/settings/route';
import * as wordsRoute from '@/app/api/v1/projects/[id]/words/route';
import { db } from '../db/client';
import { useTestDatabase } from '../testing/db';
import { seedProject, type SeededProject } from '../testing/factories';
import { call } from '../testing/request';
import { waitForSpeller } from './speller';

useTestDatabase();

const words = (
  p: SeededProject,
  who: 'OWNER' | 'TRANSLATOR',
  method: 'GET' | 'POST' | 'DELETE',
  extra: { body?: unknown; query?: Record<string, string> } = {},
) =>
  call(
    method === 'GET' ? wordsRoute.GET : method === 'POST' ? wordsRoute.POST : wordsRoute.DELETE,
    method,
    `/api/v1/projects/${p.projectId}/words`,
    { token: p.users[who].token, params: { id: p.projectId }, ...extra },
  );

describe('project word list', () => {
  it('adds (once), lists, deletes; owners only; validates; exported with the glossary as JSON', async () => {
    const p = await seedProject();
    expect((await words(p, 'OWNER', 'POST', { body: { words: ['돈의동', '쪽방촌', '돈의동'] } })).json).toEqual({
      added: 2,
      words: ['돈의동', '쪽방촌'],
    });
    expect((await words(p, 'OWNER', 'POST', { body: { words: ['쪽방촌'] } })).json.added).toBe(0);
    expect((await words(p, 'TRANSLATOR', 'GET')).json.words).toEqual(['돈의동', '쪽방촌']);
    expect((await words(p, 'TRANSLATOR', 'POST', { body: { words: ['금새'] } })).status).toBe(403);
    for (const bad of [
      { words: [] },
      { words: ['two words'] },
      { words: ['Latin'] },
      { words: ['가'.repeat(41)] },
      { word: '돈의동' },
      { words: '돈의동' },
    ]) {
      expect((await words(p, 'OWNER', 'POST', { body: bad })).status, JSON.stringify(bad)).toBe(400);
    }
    expect((await words(p, 'OWNER', 'DELETE', { query: { word: 'x y' } })).status).toBe(400);
    expect((await words(p, 'OWNER', 'DELETE', { query: { word: '쪽방촌' } })).json).toEqual({ deleted: true });
    expect((await words(p, 'OWNER', 'DELETE', { query: { word: '쪽방촌' } })).json).toEqual({ deleted: false });
    const json = await call(exportRoute.GET, 'GET', `/api/v1/projects/${p.projectId}/terms/export`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      query: { format: 'json' },
    });
    expect(json.status).toBe(200);
    expect(json.json).toMatchObject({ terms: [], words: ['돈의동'] });
    const csv = await call(exportRoute.GET, 'GET', `/api/v1/projects/${p.projectId}/terms/export`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      query: { format: 'csv' },
    });
    expect(String(csv.json)).not.toContain('돈의동');
  });

  it('flags a misspelt word with suggestions until it is added to the word list, and not when the check is off', async () => {
    expect(await waitForSpeller()).toBe(true);
    const p = await seedProject('He came back in no time.');
    const seg = await db.segment.findFirstOrThrow({ where: { documentId: p.documentId } });
    const text = '그는 금새 돌아왔다.';
    const doc = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    await db.segment.update({ where: { id: seg.id }, data: { target: doc, targetText: text, state: 'TRANSLATED' } });
    const qa = async () =>
      (
        await call(segmentQaRoute.GET, 'GET', `/api/v1/segments/${seg.id}/qa`, {
          token: p.users.TRANSLATOR.token,
          params: { id: seg.id },
          query: { lang: 'ko' },
        })
      ).json;
    let issues = (await qa()).issues.filter((i: { check: string }) => i.check === 'spelling');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ word: '금새', targetSpan: { start: 3, end: 5 } });
    expect(issues[0].suggestions).toContain('금세');
    const docQa = await call(documentQaRoute.GET, 'GET', `/api/v1/documents/${p.documentId}/qa`, {
      token: p.users.OWNER.token,
      params: { id: p.documentId },
    });
    expect(docQa.json.segments[0].issues.map((i: { check: string }) => i.check)).toContain('spelling');
    await words(p, 'OWNER', 'POST', { body: { words: ['금새'] } });
    issues = (await qa()).issues.filter((i: { check: string }) => i.check === 'spelling');
    expect(issues).toEqual([]);
    await words(p, 'OWNER', 'DELETE', { query: { word: '금새' } });
    expect((await qa()).issues.filter((i: { check: string }) => i.check === 'spelling')).toHaveLength(1);
    await call(settingsRoute.PATCH, 'PATCH', `/api/v1/projects/${p.projectId}/settings`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      body: { qaDisabledChecks: ['spelling'] },
    });
    expect((await qa()).issues.filter((i: { check: string }) => i.check === 'spelling')).toEqual([]);
  }, 60_000);

  it('lets glossary names with particles, candidates of names not vetted yet, numbers with counters and Latin pass', async () => {
    expect(await waitForSpeller()).toBe(true);
    const p = await seedProject('Oh Kyung-seob left Hanoi in no time, the second time in 3 days, the WFP said.');
    await db.term.create({ data: { projectId: p.projectId, source: 'Hanoi', target: '하노이', kind: 'NAME', status: 'CONFIRMED' } });
    await db.term.create({
      data: {
        projectId: p.projectId,
        source: 'Oh Kyung-seob',
        target: '',
        kind: 'NAME',
        status: 'PROPOSED',
        candidates: JSON.stringify([{ target: '오경섭', score: 0.9 }]),
      },
    });
    const seg = await db.segment.findFirstOrThrow({ where: { documentId: p.documentId } });
    const text = '오경섭은 하노이에서 금새 떠났다고 세계식량계획WFP이 밝혔다. 3일 만에 2차례다.';
    const doc = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    await db.segment.update({ where: { id: seg.id }, data: { target: doc, targetText: text, state: 'TRANSLATED' } });
    const res = await call(documentQaRoute.GET, 'GET', `/api/v1/documents/${p.documentId}/qa`, {
      token: p.users.OWNER.token,
      params: { id: p.documentId },
    });
    expect(
      res.json.segments[0].issues.filter((i: { check: string }) => i.check === 'spelling').map((i: { word: string }) => i.word),
    ).toEqual(['금새']);
  }, 60_000);
});
