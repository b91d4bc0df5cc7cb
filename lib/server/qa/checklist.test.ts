// The project QA checklist (#22) through the API: owners replace it, members read it, entries run as
// the "checklist" check in GET /documents/:id/qa, an invalid pattern is a 400 naming the entry, and
// the Xbench-style switches (uppercase off by default, on through qaEnabledChecks) reach QA.
import { describe, expect, it } from 'vitest';
import * as documentQaRoute from '@/app/api/v1/documents/[id]/qa/route';
import * as checklistRoute from '@/app/api/v1/projects/[id]/qa-checklist/route';
import * as settingsRoute from '@/app/api/v1/projects/[id]/settings/route';
import { db } from '../db/client';
import { createDocument } from '../documents/create-document';
import { updateSegment } from '../segments/update-segment';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { call } from '../testing/request';

useTestDatabase();

describe('QA checklist API', () => {
  it('stores entries for owners, shows them to members, runs them as a check, and refuses invalid patterns with a 400', async () => {
    const p = await seedProject();
    const owner = p.users.OWNER;
    const path = `/api/v1/projects/${p.projectId}/qa-checklist`;
    const empty = await call(checklistRoute.GET, 'GET', path, { token: p.users.TRANSLATOR.token, params: { id: p.projectId } });
    expect(empty.status).toBe(200);
    expect(empty.json.entries).toEqual([]);

    const entries = [
      { pattern: '북측', side: 'target', message: 'House style: write 북한.', severity: 'error' },
      { pattern: '\\bDPRK\\b', regex: true, side: 'source', message: 'DPRK in the source' },
    ];
    const put = await call(checklistRoute.PUT, 'PUT', path, { token: owner.token, params: { id: p.projectId }, body: { entries } });
    expect(put.status).toBe(200);
    expect(put.json.entries).toEqual([
      { pattern: '북측', regex: false, side: 'target', message: 'House style: write 북한.', severity: 'error', caseSensitive: false },
      { pattern: '\\bDPRK\\b', regex: true, side: 'source', message: 'DPRK in the source', severity: 'warning', caseSensitive: false },
    ]);
    const read = await call(checklistRoute.GET, 'GET', path, { token: p.users.REVIEWER.token, params: { id: p.projectId } });
    expect(read.json.entries).toHaveLength(2);

    const doc = await createDocument(owner, p.projectId, {
      title: 'Checklist',
      content: 'The DPRK refused the offer.\n\nSeoul waited.',
      format: 'text',
    });
    const segs = await db.segment.findMany({ where: { documentId: doc.id }, orderBy: { position: 'asc' } });
    const targets = ['북측은 제안을 거절했다.', '서울은 기다렸다.'];
    for (const [i, s] of segs.entries()) await updateSegment(owner, s.id, { target: targets[i]!, state: 'TRANSLATED', version: s.version });
    const qa = await call(documentQaRoute.GET, 'GET', `/api/v1/documents/${doc.id}/qa`, {
      token: p.users.TRANSLATOR.token,
      params: { id: doc.id },
    });
    const found = (
      qa.json.segments as { issues: { check: string; severity: string; message: string; targetSpan?: unknown; sourceSpan?: unknown }[] }[]
    ).map((s) => s.issues.filter((i) => i.check === 'checklist'));
    expect(found[0]!.map((i) => [i.severity, i.message])).toEqual([
      ['error', 'House style: write 북한.'],
      ['warning', 'DPRK in the source'],
    ]);
    expect(found[0]![0]!.targetSpan).toEqual({ start: 0, end: 2 });
    expect(found[1]).toEqual([]);

    const bad = await call(checklistRoute.PUT, 'PUT', path, {
      token: owner.token,
      params: { id: p.projectId },
      body: { entries: [entries[0], { pattern: '(a)\\1', regex: true, side: 'target', message: 'x' }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/^Checklist entry 2 .*Backreferences/);
    expect(bad.json.error.fields[0].path).toBe('entries.1.pattern');
    const shape = await call(checklistRoute.PUT, 'PUT', path, {
      token: owner.token,
      params: { id: p.projectId },
      body: { entries: [{ pattern: 'x', side: 'middle', message: 'x' }] },
    });
    expect(shape.status).toBe(400);
    const byTranslator = await call(checklistRoute.PUT, 'PUT', path, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.projectId },
      body: { entries: [] },
    });
    expect(byTranslator.status).toBe(403);
    // The failed saves changed nothing; other settings keep their values beside the checklist.
    expect((await call(checklistRoute.GET, 'GET', path, { token: owner.token, params: { id: p.projectId } })).json.entries).toHaveLength(2);
    const s = await call(settingsRoute.PATCH, 'PATCH', `/api/v1/projects/${p.projectId}/settings`, {
      token: owner.token,
      params: { id: p.projectId },
      body: { qaDisabledChecks: ['checklist'] },
    });
    expect(s.status).toBe(200);
    expect((await call(checklistRoute.GET, 'GET', path, { token: owner.token, params: { id: p.projectId } })).json.entries).toHaveLength(2);
    const off = await call(documentQaRoute.GET, 'GET', `/api/v1/documents/${doc.id}/qa`, { token: owner.token, params: { id: doc.id } });
    expect(
      (off.json.segments as { issues: { check: string }[] }[]).flatMap((x) => x.issues).filter((i) => i.check === 'checklist'),
    ).toEqual([]);
  });

  it('runs the uppercase check only when the project switches it on (qaEnabledChecks)', async () => {
    const p = await seedProject();
    const owner = p.users.OWNER;
    const doc = await createDocument(owner, p.projectId, { title: 'Caps', content: 'The SCOPE system tracks aid.', format: 'text' });
    const [s] = await db.segment.findMany({ where: { documentId: doc.id } });
    await updateSegment(owner, s!.id, { target: '추적 시스템이 지원을 추적한다.', state: 'TRANSLATED', version: s!.version });
    const checks = async () => {
      const r = await call(documentQaRoute.GET, 'GET', `/api/v1/documents/${doc.id}/qa`, { token: owner.token, params: { id: doc.id } });
      return (r.json.segments as { issues: { check: string }[] }[]).flatMap((x) => x.issues.map((i) => i.check));
    };
    expect(await checks()).not.toContain('uppercase');
    const on = await call(settingsRoute.PATCH, 'PATCH', `/api/v1/projects/${p.projectId}/settings`, {
      token: owner.token,
      params: { id: p.projectId },
      body: { qaEnabledChecks: ['uppercase'] },
    });
    expect(on.json.qaEnabledChecks).toEqual(['uppercase']);
    expect(await checks()).toContain('uppercase');
  });
});
