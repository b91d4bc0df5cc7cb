import { describe, expect, it } from 'vitest';
import * as exportRoute from '@/app/api/v1/projects/[id]/terms/export/route';
import * as importRoute from '@/app/api/v1/projects/[id]/terms/import/route';
import * as termsRoute from '@/app/api/v1/projects/[id]/terms/route';
import * as termRoute from '@/app/api/v1/terms/[id]/route';
import { db } from '../db/client';
import { useTestDatabase } from '../testing/db';
import { seedProject, type SeededProject } from '../testing/factories';
import { call } from '../testing/request';

useTestDatabase();

const TERMS = [
  { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME', note: 'Director of U.S. affairs, "Foreign Ministry"', caseSensitive: true },
  { source: 'Korea Institute for National Unification', target: '통일연구원', kind: 'TERM', note: '', caseSensitive: false },
  { source: 'WFP', target: 'WFP', kind: 'DO_NOT_TRANSLATE', note: 'a, b; <script>alert(1)</script> & more', caseSensitive: true },
] as const;

async function seedTerms(p: SeededProject) {
  for (const t of TERMS) {
    const r = await call(termsRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/terms`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      body: t,
    });
    expect(r.status).toBe(201);
  }
}

function uploadGlossary(p: SeededProject, text: string, filename: string) {
  const form = new FormData();
  form.set('file', new Blob([text]), filename);
  return call(importRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/terms/import`, {
    token: p.users.OWNER.token,
    params: { id: p.projectId },
    rawBody: form,
  });
}

describe('glossary', () => {
  it('lists, searches, edits, confirms and deletes terms; refuses duplicates', async () => {
    const p = await seedProject();
    await seedTerms(p);
    const dup = await call(termsRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/terms`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      body: TERMS[0],
    });
    expect(dup.status).toBe(409);
    const found = await call(termsRoute.GET, 'GET', `/api/v1/projects/${p.projectId}/terms`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.projectId },
      query: { q: '통일' },
    });
    expect(found.json.terms.map((t: { source: string }) => t.source)).toEqual(['Korea Institute for National Unification']);
    const id = found.json.terms[0].id;
    const edited = await call(termRoute.PATCH, 'PATCH', `/api/v1/terms/${id}`, {
      token: p.users.OWNER.token,
      params: { id },
      body: { note: 'KINU', status: 'CONFIRMED' },
    });
    expect(edited.json.note).toBe('KINU');
    const bad = await call(termRoute.PATCH, 'PATCH', `/api/v1/terms/${id}`, {
      token: p.users.OWNER.token,
      params: { id },
      body: { kind: 'PERSON' },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.fields[0].path).toBe('kind');
    const del = await call(termRoute.DELETE, 'DELETE', `/api/v1/terms/${id}`, { token: p.users.OWNER.token, params: { id } });
    expect(del.status).toBe(200);
    expect(await db.term.count({ where: { projectId: p.projectId } })).toBe(2);
  });

  for (const format of ['csv', 'tbx'] as const) {
    it(`round-trips the glossary through ${format.toUpperCase()}`, async () => {
      const a = await seedProject();
      await seedTerms(a);
      const exported = await call(exportRoute.GET, 'GET', `/api/v1/projects/${a.projectId}/terms/export`, {
        token: a.users.TRANSLATOR.token,
        params: { id: a.projectId },
        query: { format },
      });
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-disposition')).toContain(`.${format}`);
      const text = typeof exported.json === 'string' ? exported.json : JSON.stringify(exported.json);

      const b = await seedProject();
      const imported = await uploadGlossary(b, text, `glossary.${format}`);
      expect(imported.status, JSON.stringify(imported.json)).toBe(200);
      expect(imported.json.created).toBe(3);
      const rows = await db.term.findMany({ where: { projectId: b.projectId }, orderBy: { source: 'asc' } });
      const fields = (t: { source: string; target: string; kind: string }) => [t.source, t.target, t.kind];
      if (format === 'tbx') {
        // TBX carries every field.
        expect(
          rows.map((t) => ({ source: t.source, target: t.target, kind: t.kind, note: t.note, caseSensitive: t.caseSensitive })),
        ).toEqual([...TERMS].sort((x, y) => x.source.localeCompare(y.source)).map((t) => ({ ...t })));
      } else {
        // DeepL's CSV carries source and target only.
        expect(rows.map(fields).sort()).toEqual(TERMS.map((t) => [t.source, t.target, 'TERM']).sort());
      }
    });
  }

  it('imports nothing from a file with a bad row, and says which line', async () => {
    const p = await seedProject();
    const res = await uploadGlossary(p, 'Seoul,서울\n,빈 원문\nPyongyang,평양\n', 'g.csv');
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/Line 2/);
    expect(await db.term.count({ where: { projectId: p.projectId } })).toBe(0);
    const broken = await uploadGlossary(p, '<martif><text><body><termEntry>', 'g.tbx');
    expect(broken.status).toBe(400);
  });
});
