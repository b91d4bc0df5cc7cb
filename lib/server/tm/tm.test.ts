import { describe, expect, it } from 'vitest';
import * as segmentRoute from '@/app/api/v1/segments/[id]/route';
import * as suggestionsRoute from '@/app/api/v1/segments/[id]/suggestions/route';
import * as exportRoute from '@/app/api/v1/projects/[id]/tm/export/route';
import * as importRoute from '@/app/api/v1/projects/[id]/tm/import/route';
import * as searchRoute from '@/app/api/v1/projects/[id]/tm/search/route';
import { db } from '../db/client';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { call } from '../testing/request';

useTestDatabase();

describe('translation memory', () => {
  it('records every approved segment with its neighbours, once per segment; suggestions find it', async () => {
    const p = await seedProject(
      'The talks resumed on Monday.\n\nBoth sides met in Panmunjom.\n\nThe talks resumed on Monday.\n\nNothing else.',
    );
    const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    const patch = (id: string, body: Record<string, unknown>, token = p.users.OWNER.token) =>
      call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${id}`, { token, params: { id }, body });
    // A translator's confirmation (TRANSLATED) is in the memory as CONFIRMED; the owner's APPROVED replaces it.
    expect(
      (await patch(segs[1]!.id, { target: '양측은 판문점에서 만났다.', state: 'TRANSLATED', version: 1 }, p.users.TRANSLATOR.token)).status,
    ).toBe(200);
    expect(await db.tmUnit.findMany({ where: { projectId: p.projectId } })).toMatchObject([
      { state: 'CONFIRMED', createdById: p.users.TRANSLATOR.id },
    ]);
    expect((await patch(segs[1]!.id, { target: '양측은 판문점에서 만났다.', state: 'APPROVED', version: 2 })).status).toBe(200);
    const unit = await db.tmUnit.findFirstOrThrow({ where: { projectId: p.projectId } });
    expect(unit).toMatchObject({
      source: 'Both sides met in Panmunjom.',
      target: '양측은 판문점에서 만났다.',
      prevSource: 'The talks resumed on Monday.',
      nextSource: 'The talks resumed on Monday.',
      segmentId: segs[1]!.id,
      createdById: p.users.OWNER.id,
      sourceNorm: 'both sides met in panmunjom .',
      state: 'APPROVED',
      origin: 'HUMAN',
    });
    expect(await db.tmUnit.count({ where: { projectId: p.projectId } })).toBe(1);
    // Approved again with an edit: the unit is replaced, not duplicated.
    expect((await patch(segs[1]!.id, { target: '양측이 판문점에서 만났다.', state: 'APPROVED', version: 3 })).status).toBe(200);
    expect(await db.tmUnit.findMany({ where: { projectId: p.projectId } })).toMatchObject([{ target: '양측이 판문점에서 만났다.' }]);

    expect((await patch(segs[0]!.id, { target: '회담은 월요일에 재개됐다.', state: 'APPROVED', version: 1 })).status).toBe(200);
    const sug = async (id: string) =>
      (await call(suggestionsRoute.GET, 'GET', `/api/v1/segments/${id}/suggestions`, { token: p.users.REVIEWER.token, params: { id } }))
        .json;
    // Segment 2 has the same source as segment 0 but other neighbours: an exact 100 match.
    const s2 = await sug(segs[2]!.id);
    expect(s2.matches).toMatchObject([{ kind: 'exact', score: 100, target: '회담은 월요일에 재개됐다.', diff: [] }]);
    // Segment 0 itself: same neighbours, a 101 context match.
    expect((await sug(segs[0]!.id)).matches[0]).toMatchObject({ kind: 'context', score: 101 });
  });

  it('gives fuzzy matches at 75 % and above with diff spans, nothing below', async () => {
    const p = await seedProject(
      'North Korea fired three missiles into the sea on Saturday morning.\n\nNorth Korea launched three rockets into the sea on Saturday morning.',
    );
    await db.tmUnit.create({
      data: {
        projectId: p.projectId,
        source: 'North Korea fired two missiles into the sea on Sunday morning.',
        target: '북한은 일요일 아침 미사일 두 발을 바다로 발사했다.',
        sourceNorm: 'x',
      },
    });
    const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    const get = async (id: string, query?: Record<string, string>) =>
      (
        await call(suggestionsRoute.GET, 'GET', `/api/v1/segments/${id}/suggestions`, {
          token: p.users.TRANSLATOR.token,
          params: { id },
          query,
        })
      ).json;
    const near = await get(segs[0]!.id);
    expect(near.matches).toHaveLength(1);
    expect(near.matches[0]).toMatchObject({ kind: 'fuzzy', score: 83 });
    expect(near.matches[0].diff).toContainEqual({ op: 'delete', text: 'two' });
    expect(near.matches[0].diff).toContainEqual({ op: 'insert', text: 'three' });
    expect((await get(segs[1]!.id)).matches).toEqual([]); // 66 %
    expect((await get(segs[1]!.id, { minScore: '60' })).matches[0].score).toBe(66);
  });

  it('imports TMX (XML body or multipart), exports TMX 1.4 and round-trips it; concordance search finds units', async () => {
    const p = await seedProject('Anything.');
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en-US" datatype="plaintext"/>
<body>
<tu creationdate="20250101T120000Z" creationid="someone"><prop type="x-context-prev">Before.</prop><tuv xml:lang="en-US"><seg>Sanctions &amp; aid were discussed.</seg></tuv><tuv xml:lang="ko-KR"><seg>제재와 지원이 논의됐다.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>The border stayed closed.</seg></tuv><tuv xml:lang="ko"><seg>국경은 닫혀 있었다.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>No Korean here.</seg></tuv></tu>
</body></tmx>`;
    const imp = await call(importRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/tm/import`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      rawBody: tmx,
      headers: { 'content-type': 'application/xml' },
    });
    expect(imp.status).toBe(200);
    expect(imp.json).toMatchObject({ imported: 2, duplicates: 0, total: 3 });
    expect(imp.json.errors).toHaveLength(1);
    // Importing the same file again adds nothing.
    const form = new FormData();
    form.set('file', new Blob([tmx], { type: 'application/xml' }), 'tm.tmx');
    const again = await call(importRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/tm/import`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      rawBody: form,
    });
    expect(again.json).toMatchObject({ imported: 0, duplicates: 2 });
    const denied = await call(importRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/tm/import`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.projectId },
      rawBody: tmx,
      headers: { 'content-type': 'application/xml' },
    });
    expect(denied.status).toBe(403);

    const exp = await call(exportRoute.GET, 'GET', `/api/v1/projects/${p.projectId}/tm/export`, {
      token: p.users.REVIEWER.token,
      params: { id: p.projectId },
    });
    expect(exp.status).toBe(200);
    expect(exp.headers.get('content-type')).toContain('tmx');
    const xml = exp.json as string;
    expect(xml).toContain('<tmx version="1.4">');
    expect(xml).toContain('Sanctions &amp; aid were discussed.');
    expect(xml).toContain('<prop type="x-context-prev">Before.</prop>');
    expect(xml).toContain('creationdate="20250101T120000Z"');

    // Round trip into a second project: the same units come back.
    const q = await seedProject('Other.');
    const back = await call(importRoute.POST, 'POST', `/api/v1/projects/${q.projectId}/tm/import`, {
      token: q.users.OWNER.token,
      params: { id: q.projectId },
      rawBody: xml,
      headers: { 'content-type': 'application/x-tmx+xml' },
    });
    expect(back.json).toMatchObject({ imported: 2, errors: [] });
    const units = await db.tmUnit.findMany({ where: { projectId: q.projectId }, orderBy: { source: 'asc' } });
    expect(units.map((u) => [u.source, u.target, u.prevSource])).toEqual([
      ['Sanctions & aid were discussed.', '제재와 지원이 논의됐다.', 'Before.'],
      ['The border stayed closed.', '국경은 닫혀 있었다.', ''],
    ]);

    const search = await call(searchRoute.GET, 'GET', `/api/v1/projects/${p.projectId}/tm/search`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.projectId },
      query: { q: 'border' },
    });
    expect(search.json).toMatchObject({ total: 1, units: [{ source: 'The border stayed closed.' }] });
    const ko = await call(searchRoute.GET, 'GET', `/api/v1/projects/${p.projectId}/tm/search`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.projectId },
      query: { q: '제재' },
    });
    expect(ko.json.total).toBe(1);
    const empty = await call(searchRoute.GET, 'GET', `/api/v1/projects/${p.projectId}/tm/search`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.projectId },
      query: { q: '' },
    });
    expect(empty.status).toBe(400);
  });
});
