// The project dashboard through its endpoint: members only, the rows it reads (segments by state,
// revisions as work by person, open annotations, QA issues, edition scores), and a clear 400 for a
// bad query.
import { describe, expect, it } from 'vitest';
import * as dashboardRoute from '@/app/api/v1/projects/[id]/dashboard/route';
import * as segmentRoute from '@/app/api/v1/segments/[id]/route';
import * as approveRoute from '@/app/api/v1/segments/[id]/approve/route';
import * as annotationsRoute from '@/app/api/v1/segments/[id]/annotations/route';
import * as editionsRoute from '@/app/api/v1/documents/[id]/editions/route';
import { db } from '../db/client';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { call } from '../testing/request';

useTestDatabase();

describe('project dashboard', () => {
  it('counts states, work per person, open annotations and QA issues for members only', async () => {
    const p = await seedProject('The officials met at the border village.\n\nThey talked for 3 hours.\n\nNothing was agreed in 2 rounds.');
    const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    const [a, b, c] = segs;
    for (const [s, target, state] of [
      [a!, '관리들이 국경 마을에서 만났다.', 'TRANSLATED'],
      [b!, '그들은 3시간 동안 이야기했다.', 'TRANSLATED'],
      [c!, '아무것도 합의되지 않았다.', 'DRAFT'], // the number 2 is missing: a QA issue
    ] as const) {
      const r = await call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${s.id}`, {
        token: p.users.TRANSLATOR.token,
        params: { id: s.id },
        body: { target, version: s.version, state },
      });
      expect(r.status, JSON.stringify(r.json)).toBe(200);
    }
    expect(
      (
        await call(approveRoute.POST, 'POST', `/api/v1/segments/${a!.id}/approve`, {
          token: p.users.REVIEWER.token,
          params: { id: a!.id },
          body: {},
        })
      ).status,
    ).toBe(200);
    const ann = await call(annotationsRoute.POST, 'POST', `/api/v1/segments/${b!.id}/annotations`, {
      token: p.users.REVIEWER.token,
      params: { id: b!.id },
      body: { side: 'target', start: 0, end: 2, category: 'terminology', severity: 'major', comment: 'check' },
    });
    expect(ann.status, JSON.stringify(ann.json)).toBe(201);

    const path = `/api/v1/projects/${p.projectId}/dashboard`;
    const res = await call(dashboardRoute.GET, 'GET', path, { token: p.users.TRANSLATOR.token, params: { id: p.projectId } });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const d = res.json;
    expect(d.progress).toEqual([
      {
        documentId: p.documentId,
        title: 'Test document',
        total: 3,
        counts: { APPROVED: 1, TRANSLATED: 1, REJECTED: 0, DRAFT: 1, EMPTY: 0 },
      },
    ]);
    expect(d.weeks).toHaveLength(8);
    const tran = d.work.find((w: { userId: string }) => w.userId === p.users.TRANSLATOR.id);
    expect(tran).toMatchObject({ name: 'translator', totalTranslated: 12, totalReviewed: 0 });
    expect(tran.translated.at(-1)).toBe(12);
    expect(d.work.find((w: { userId: string }) => w.userId === p.users.REVIEWER.id)).toMatchObject({ totalReviewed: 7 });
    expect(d.openAnnotations).toEqual([{ category: 'terminology', count: 1 }]);
    expect(d.qaIssues).toContainEqual({ check: 'numbers', count: 1 });
    expect(d.editions).toEqual([]);

    const outsider = await call(dashboardRoute.GET, 'GET', path, { token: p.users.OUTSIDER.token, params: { id: p.projectId } });
    expect(outsider.status).toBe(404);
    const bad = await call(dashboardRoute.GET, 'GET', path, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      query: { weeks: '0' },
    });
    expect(bad.status).toBe(400);
    // A published edition gets the score of its moment: 5 points over the 12 reviewed words (a: approved, b: annotated).
    const pub = await call(editionsRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/editions`, {
      token: p.users.OWNER.token,
      params: { id: p.documentId },
      body: { overrideReason: 'preview' },
    });
    expect(pub.status, JSON.stringify(pub.json)).toBe(201);
    const after = await call(dashboardRoute.GET, 'GET', path, { token: p.users.REVIEWER.token, params: { id: p.projectId } });
    expect(after.json.editions).toEqual([expect.objectContaining({ documentId: p.documentId, version: 1, score: 58.33, result: 'fail' })]);

    const two = await call(dashboardRoute.GET, 'GET', path, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      query: { weeks: '2' },
    });
    expect(two.json.weeks).toHaveLength(2);
  });
});
