// The quality report counts only the reviewed words (approved, rejected or annotated segments) and
// reports the coverage; below half the words it says "not enough reviewed" (issue #17 item 9).
import { describe, expect, it } from 'vitest';
import * as qualityRoute from '@/app/api/v1/documents/[id]/quality/route';
import * as segmentsRoute from '@/app/api/v1/documents/[id]/segments/route';
import * as segmentRoute from '@/app/api/v1/segments/[id]/route';
import * as approveRoute from '@/app/api/v1/segments/[id]/approve/route';
import * as rejectRoute from '@/app/api/v1/segments/[id]/reject/route';
import { db } from '../db/client';
import { useTestDatabase } from '../testing/db';
import { seedProject, type SeededProject } from '../testing/factories';
import { call } from '../testing/request';
import { buildReport, isReviewed } from './quality-report';

useTestDatabase();

const TEN = 'The officials from both sides met at the border village';

async function ids(p: SeededProject) {
  const res = await call(segmentsRoute.GET, 'GET', `/api/v1/documents/${p.documentId}/segments`, {
    token: p.users.OWNER.token,
    params: { id: p.documentId },
  });
  return (res.json.segments as { id: string }[]).map((s) => s.id);
}

async function translate(p: SeededProject, id: string) {
  const version = (await db.segment.findUniqueOrThrow({ where: { id } })).version;
  const r = await call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${id}`, {
    token: p.users.TRANSLATOR.token,
    params: { id },
    body: { target: '양측 관리들이 국경 마을에서 만났다.', version, state: 'TRANSLATED' },
  });
  expect(r.status, JSON.stringify(r.json)).toBe(200);
}

const report = (p: SeededProject) =>
  call(qualityRoute.GET, 'GET', `/api/v1/documents/${p.documentId}/quality`, {
    token: p.users.REVIEWER.token,
    params: { id: p.documentId },
  });

describe('quality report coverage', () => {
  it('scores the reviewed words only and says "insufficient" until half the words are reviewed', async () => {
    const p = await seedProject([TEN, TEN, TEN, TEN].join('\n\n'));
    const [a, b, c] = await ids(p);
    for (const id of [a!, b!, c!]) await translate(p, id);
    expect((await report(p)).json).toMatchObject({
      sourceWords: 40,
      reviewedWords: 0,
      coverage: 0,
      score: null,
      result: 'insufficient',
      pass: false,
    });

    const approved = await call(approveRoute.POST, 'POST', `/api/v1/segments/${a}/approve`, {
      token: p.users.REVIEWER.token,
      params: { id: a! },
      body: {},
    });
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);
    expect((await report(p)).json).toMatchObject({ reviewedWords: 10, coverage: 0.25, score: 100, result: 'insufficient', pass: false });

    const rejected = await call(rejectRoute.POST, 'POST', `/api/v1/segments/${b}/reject`, {
      token: p.users.REVIEWER.token,
      params: { id: b! },
      body: { reason: 'Numbers are wrong.' },
    });
    expect(rejected.status, JSON.stringify(rejected.json)).toBe(200);
    const half = (await report(p)).json;
    expect(half).toMatchObject({ reviewedWords: 20, coverage: 0.5, score: 100, result: 'pass', pass: true });

    const csv = await call(qualityRoute.GET, 'GET', `/api/v1/documents/${p.documentId}/quality`, {
      token: p.users.OWNER.token,
      params: { id: p.documentId },
      query: { format: 'csv' },
    });
    expect(csv.json).toContain('reviewed_words,20');
    expect(csv.json).toContain('review_coverage,0.5');
    expect(csv.json).toContain('result,pass');
  });
});

describe('isReviewed and buildReport', () => {
  it('counts approved, rejected and annotated segments as reviewed, not translated ones', () => {
    const annotated = new Set(['c']);
    expect(isReviewed({ id: 'a', sourceText: '', state: 'APPROVED' }, annotated)).toBe(true);
    expect(isReviewed({ id: 'b', sourceText: '', state: 'REJECTED' }, annotated)).toBe(true);
    expect(isReviewed({ id: 'c', sourceText: '', state: 'TRANSLATED' }, annotated)).toBe(true);
    expect(isReviewed({ id: 'd', sourceText: '', state: 'TRANSLATED' }, annotated)).toBe(false);
  });

  it("scores a minor error over the annotated segment's words", () => {
    const r = buildReport({
      documentId: 'd',
      title: 't',
      threshold: 95,
      segments: [
        { id: 'a', sourceText: TEN, state: 'TRANSLATED' },
        { id: 'b', sourceText: TEN, state: 'DRAFT' },
      ],
      annotations: [{ segmentId: 'a', category: 'style', severity: 'minor', status: 'open', detached: false } as never],
    });
    expect(r).toMatchObject({ sourceWords: 20, reviewedWords: 10, coverage: 0.5, score: 90, result: 'fail' });
  });
});
