import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as documentQaRoute from '@/app/api/v1/documents/[id]/qa/route';
import * as settingsRoute from '@/app/api/v1/projects/[id]/settings/route';
import * as ignoreRoute from '@/app/api/v1/segments/[id]/qa/ignore/route';
import * as segmentQaRoute from '@/app/api/v1/segments/[id]/qa/route';
import { splitParagraphs } from '../../text/paragraphs';
import { db } from '../db/client';
import { createDocument } from '../documents/create-document';
import { updateSegment } from '../segments/update-segment';
import { createTerm, updateTerm } from '../terms/manage-terms';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { call } from '../testing/request';

useTestDatabase();

const root = process.cwd();
const english = readFileSync(path.join(root, 'e2e/fixtures/korean-peninsula-a-to-z.en.txt'), 'utf8');
const korean = splitParagraphs(readFileSync(path.join(root, 'lib/qa/fixtures/korean-peninsula-a-to-z.ko.txt'), 'utf8'));

describe('QA through the API', () => {
  it('finds no false alarm on the clean translation, catches a dropped name and a wrong date, honours ignores and settings', async () => {
    const p = await seedProject();
    const owner = p.users.OWNER;
    const doc = await createDocument(owner, p.projectId, { title: 'A to Z', content: english, format: 'text' });
    // The import proposed the name; the owner confirms it, and adds a term.
    const proposed = await db.term.findFirstOrThrow({ where: { projectId: p.projectId, source: 'Kwon Jong-gun' } });
    expect(proposed.status).toBe('PROPOSED');
    await updateTerm(owner, proposed.id, { status: 'CONFIRMED' });
    // Names found without Hangul (#16): the owner picks the best candidate.
    for (const t of await db.term.findMany({ where: { projectId: p.projectId, kind: 'NAME', target: '' } })) {
      await updateTerm(owner, t.id, { target: (JSON.parse(t.candidates) as { target: string }[])[0]!.target, status: 'CONFIRMED' });
    }
    await createTerm(owner, p.projectId, {
      source: 'Korea Institute for National Unification',
      target: '통일연구원',
      kind: 'TERM',
      note: '',
      caseSensitive: false,
      status: 'CONFIRMED',
    });
    const segs = await db.segment.findMany({ where: { documentId: doc.id }, orderBy: { position: 'asc' } });
    for (const [i, s] of segs.entries()) await updateSegment(owner, s.id, { target: korean[i]!, state: 'TRANSLATED', version: s.version });

    const clean = await call(documentQaRoute.GET, 'GET', `/api/v1/documents/${doc.id}/qa`, {
      token: p.users.REVIEWER.token,
      params: { id: doc.id },
    });
    expect(clean.status).toBe(200);
    expect(clean.json.segments).toHaveLength(21);
    expect(clean.json.counts.errors + clean.json.counts.warnings).toBeLessThanOrEqual(1);

    // Drop the name and change a date in paragraph 7 (Kwon Jong-gun, May fourth).
    const s = await db.segment.findUniqueOrThrow({ where: { id: segs[6]!.id } });
    const broken = s.targetText.replaceAll('권정근', '권종건').replace('5월 4일', '5월 14일');
    await updateSegment(owner, s.id, { target: broken, version: s.version });
    const one = await call(segmentQaRoute.GET, 'GET', `/api/v1/segments/${s.id}/qa`, {
      token: p.users.TRANSLATOR.token,
      params: { id: s.id },
      query: { lang: 'ko' },
    });
    const checks = one.json.issues.map((i: { check: string }) => i.check);
    // The version checked, so the editor draws the spans on that text only.
    expect(one.json.version).toBe(s.version + 1);
    const docQa = await call(documentQaRoute.GET, 'GET', `/api/v1/documents/${doc.id}/qa`, {
      token: p.users.REVIEWER.token,
      params: { id: doc.id },
    });
    expect(docQa.json.segments.find((x: { segmentId: string }) => x.segmentId === s.id)).toMatchObject({ version: s.version + 1 });
    expect(one.json.issues.some((i: { targetSpan?: unknown; sourceSpan?: unknown }) => i.targetSpan || i.sourceSpan)).toBe(true);
    expect(checks).toContain('terms');
    expect(checks).toContain('numbers');
    const termIssue = one.json.issues.find((i: { check: string }) => i.check === 'terms');
    expect(termIssue.severity).toBe('error');
    expect(termIssue.message).toMatch(/[가-힣]/); // Korean message

    const ignored = await call(ignoreRoute.POST, 'POST', `/api/v1/segments/${s.id}/qa/ignore`, {
      token: p.users.TRANSLATOR.token,
      params: { id: s.id },
      body: { key: termIssue.key, reason: 'checked with the editor' },
    });
    expect(ignored.status).toBe(200);
    expect(ignored.json.ignored[0]).toMatchObject({ key: termIssue.key, userId: p.users.TRANSLATOR.id, reason: 'checked with the editor' });
    const after = await call(segmentQaRoute.GET, 'GET', `/api/v1/segments/${s.id}/qa`, {
      token: p.users.TRANSLATOR.token,
      params: { id: s.id },
    });
    expect(after.json.issues.map((i: { check: string }) => i.check)).not.toContain('terms');
    expect(after.json.ignored.map((i: { key: string }) => i.key)).toEqual([termIssue.key]);

    const off = await call(settingsRoute.PATCH, 'PATCH', `/api/v1/projects/${p.projectId}/settings`, {
      token: owner.token,
      params: { id: p.projectId },
      body: { qaDisabledChecks: ['numbers'] },
    });
    expect(off.json.qaDisabledChecks).toEqual(['numbers']);
    const noNumbers = await call(segmentQaRoute.GET, 'GET', `/api/v1/segments/${s.id}/qa`, {
      token: p.users.TRANSLATOR.token,
      params: { id: s.id },
    });
    expect(noNumbers.json.issues.map((i: { check: string }) => i.check)).not.toContain('numbers');
    const bad = await call(settingsRoute.PATCH, 'PATCH', `/api/v1/projects/${p.projectId}/settings`, {
      token: owner.token,
      params: { id: p.projectId },
      body: { qaDisabledChecks: ['nope'] },
    });
    expect(bad.status).toBe(400);
  });
});
