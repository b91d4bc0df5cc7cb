// The command palette's search through its endpoint: only the caller's projects, the "#N" jump
// inside the current document, actions by role, context from someone else's project ignored, and
// a clear 400 for a bad query.
import { describe, expect, it } from 'vitest';
import * as paletteRoute from '@/app/api/v1/search/palette/route';
import { db } from '../db/client';
import { createDocument } from '../documents/create-document';
import { createProject } from '../projects/create-project';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { call } from '../testing/request';

useTestDatabase();

const get = (token: string, query: string) => call(paletteRoute.GET, 'GET', `/api/v1/search/palette?${query}`, { token });

describe('palette search', () => {
  it("finds projects, documents, terms and people of the caller's projects only", async () => {
    const p = await seedProject();
    const owner = p.users.OWNER;
    await db.term.create({ data: { projectId: p.projectId, source: 'National Assembly', target: '국회' } });
    await createDocument(owner, p.projectId, { title: 'Seoul and Pyongyang Test the Waters', content: 'One.\n\nTwo.', format: 'text' });
    // Someone else's project, with a matching document and term, that the translator is not in.
    const other = await createProject(p.users.OUTSIDER, { name: 'Secret Seoul project', sourceLang: 'en', targetLang: 'ko' });
    const hidden = await createDocument(p.users.OUTSIDER, other.id, { title: 'Seoul hidden memo', content: 'Hidden.', format: 'text' });
    await db.term.create({ data: { projectId: other.id, source: 'National Assembly Secret', target: '비밀' } });

    const t = p.users.TRANSLATOR.token;
    const r = await get(t, 'q=seoul');
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(r.json.documents.map((d: { title: string }) => d.title)).toEqual(['Seoul and Pyongyang Test the Waters']);
    expect(r.json.projects).toEqual([]);
    const terms = await get(t, `q=${encodeURIComponent('국회')}`);
    expect(terms.json.terms.map((x: { source: string }) => x.source)).toEqual(['National Assembly']);
    const assembly = await get(t, 'q=assembly');
    expect(assembly.json.terms.map((x: { source: string }) => x.source)).toEqual(['National Assembly']);
    const people = await get(t, 'q=reviewer');
    expect(people.json.people.map((x: { id: string }) => x.id)).toEqual([p.users.REVIEWER.id]);
    const proj = await get(t, 'q=test%20proj');
    expect(proj.json.projects).toEqual([{ id: p.projectId, name: 'Test project' }]);

    // The outsider's own project is found by the outsider, not by the translator, even as context.
    expect((await get(p.users.OUTSIDER.token, 'q=seoul')).json.documents.map((d: { id: string }) => d.id)).toEqual([hidden.id]);
    const peek = await get(t, `q=%233&document=${hidden.id}&project=${other.id}`);
    expect(peek.status).toBe(200);
    expect(peek.json.context).toEqual({ project: null, document: null });
    expect(peek.json.segment).toBeNull();
    expect(peek.json.projectDocuments).toEqual([]);
    expect(peek.json.actions).toEqual([]);
  });

  it('jumps to a segment number within the current document, and lists the actions the role allows', async () => {
    const p = await seedProject(); // three segments
    const q = (n: string) => `q=${encodeURIComponent(n)}&document=${p.documentId}`;
    const r = await get(p.users.TRANSLATOR.token, q('#3'));
    expect(r.json.segment).toEqual({ documentId: p.documentId, number: 3 });
    expect(r.json.context.document).toMatchObject({ id: p.documentId, title: 'Test document', segmentCount: 3 });
    expect(r.json.context.project).toMatchObject({ id: p.projectId, role: 'TRANSLATOR' });
    expect(r.json.projectDocuments).toEqual([{ id: p.documentId, title: 'Test document' }]);
    expect((await get(p.users.TRANSLATOR.token, q('#4'))).json.segment).toBeNull();
    expect((await get(p.users.TRANSLATOR.token, `q=%233`)).json.segment).toBeNull(); // no document: no jump
    // "#" alone (the sidebar's context request) searches nothing.
    const ctx = await get(p.users.TRANSLATOR.token, `q=%23&project=${p.projectId}`);
    expect(ctx.json).toMatchObject({ segment: null, documents: [], projects: [], people: [] });
    expect(ctx.json.projectDocuments).toHaveLength(1);

    expect(r.json.actions).toEqual(expect.arrayContaining(['pretranslate', 'quality', 'dashboard']));
    expect(r.json.actions).not.toContain('publish');
    expect(r.json.actions).not.toContain('approve-filtered');
    const reviewer = (await get(p.users.REVIEWER.token, q(''))).json.actions;
    expect(reviewer).toContain('approve-filtered');
    expect(reviewer).not.toContain('pretranslate');
    expect((await get(p.users.OWNER.token, q(''))).json.actions).toEqual(
      expect.arrayContaining(['publish', 'approve-filtered', 'pretranslate']),
    );
  });

  it('answers 400 for a bad query and 401 without a session', async () => {
    const p = await seedProject();
    expect((await get(p.users.TRANSLATOR.token, `q=${'x'.repeat(201)}`)).status).toBe(400);
    expect((await get(p.users.TRANSLATOR.token, `document=${'x'.repeat(65)}`)).status).toBe(400);
    expect((await call(paletteRoute.GET, 'GET', '/api/v1/search/palette?q=a')).status).toBe(401);
  });
});
