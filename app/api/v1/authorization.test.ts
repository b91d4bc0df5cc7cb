// Regression tests for the authorization gaps of issue #18 that a request shows directly (rows 1,
// 2, 3, 9, 13, 15): each reproduces what an attacker or a careless member did, through the route.
import { afterEach, describe, expect, it } from 'vitest';
import * as annotationRoute from '@/app/api/v1/annotations/[id]/route';
import * as alignApplyRoute from '@/app/api/v1/documents/[id]/alignment/apply/route';
import * as bulkApproveRoute from '@/app/api/v1/documents/[id]/approve/route';
import * as presenceRoute from '@/app/api/v1/documents/[id]/presence/route';
import * as documentSegmentsRoute from '@/app/api/v1/documents/[id]/segments/route';
import * as qualityRoute from '@/app/api/v1/documents/[id]/quality/route';
import * as replaceRoute from '@/app/api/v1/documents/[id]/replace/route';
import * as sessionRoute from '@/app/api/v1/auth/session/route';
import * as projectsRoute from '@/app/api/v1/projects/route';
import * as settingsRoute from '@/app/api/v1/projects/[id]/settings/route';
import * as annotationsRoute from '@/app/api/v1/segments/[id]/annotations/route';
import * as approveRoute from '@/app/api/v1/segments/[id]/approve/route';
import * as segmentRoute from '@/app/api/v1/segments/[id]/route';
import { rows } from '@/lib/server/testing/rows';
import { useTestDatabase } from '@/lib/server/testing/db';
import { seedProject, seedUser, TEST_PASSWORD, type SeededProject } from '@/lib/server/testing/factories';
import { call } from '@/lib/server/testing/request';

useTestDatabase();

type Who = keyof SeededProject['users'];

async function save(p: SeededProject, who: Who, id: string, body: Record<string, unknown>) {
  const { version } = await rows.segmentById(id);
  return call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${id}`, {
    token: p.users[who].token,
    params: { id },
    body: { version, ...body },
  });
}

describe('row 1: a translator cannot overwrite an approved segment through alignment apply', () => {
  it('leaves the approved segment untouched and reports it as skipped, as PATCH refuses it', async () => {
    const p = await seedProject('Seoul is the capital.\n\nBusan is a port.');
    const first = await rows.segmentAt(p.documentId);
    expect((await save(p, 'TRANSLATOR', first.id, { target: '서울은 수도다.', state: 'TRANSLATED' })).status).toBe(200);
    const approved = await call(approveRoute.POST, 'POST', `/api/v1/segments/${first.id}/approve`, {
      token: p.users.REVIEWER.token,
      params: { id: first.id },
      body: {},
    });
    expect(approved.status).toBe(200);
    expect((await save(p, 'TRANSLATOR', first.id, { target: 'X' })).status).toBe(403);

    const res = await call(alignApplyRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/alignment/apply`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.documentId },
      body: {
        beads: [
          { source: [0], text: 'X' },
          { source: [1], text: '부산은 항구다.' },
        ],
        overwriteHumanWork: true,
      },
    });
    expect(res.status).toBe(200);
    expect(res.json.applied).toBe(1);
    expect(res.json.refused).toEqual([
      expect.objectContaining({ segmentId: first.id, position: 0, reason: expect.stringContaining('approved') }),
    ]);
    const after = await rows.segmentById(first.id);
    expect(after).toMatchObject({ state: 'APPROVED', targetText: '서울은 수도다.', version: approved.json.version });
  });
});

describe('row 2: a reviewer cannot edit text through replace when the owner turned reviewer edits off', () => {
  it('answers 403 as PATCH does, and changes nothing', async () => {
    const p = await seedProject('Seoul.\n\nSeoul again.');
    const segs = [await rows.segmentAt(p.documentId, 'first'), await rows.segmentAt(p.documentId, 'last')];
    for (const s of segs) expect((await save(p, 'TRANSLATOR', s.id, { target: '서울' })).status).toBe(200);
    const off = await call(settingsRoute.PATCH, 'PATCH', `/api/v1/projects/${p.projectId}/settings`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      body: { reviewersMayEdit: false },
    });
    expect(off.status).toBe(200);
    expect((await save(p, 'REVIEWER', segs[0]!.id, { target: 'R' })).status).toBe(403);

    const res = await call(replaceRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/replace`, {
      token: p.users.REVIEWER.token,
      params: { id: p.documentId },
      body: { find: '서울', replace: 'R', dryRun: false },
    });
    expect(res.status).toBe(403);
    expect(res.json.error.message).toContain('reviewers do not edit');
    for (const s of segs) expect((await rows.segmentById(s.id)).targetText).toBe('서울');
    // A dry run is a search: still allowed.
    const preview = await call(replaceRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/replace`, {
      token: p.users.REVIEWER.token,
      params: { id: p.documentId },
      body: { find: '서울', replace: 'R', dryRun: true },
    });
    expect(preview.status).toBe(200);
    expect(preview.json.matches).toHaveLength(2);
  });
});

describe("row 3: an owner cannot rewrite another member's annotation", () => {
  it('refuses comment, severity and category edits by anyone but the author; the owner may still resolve it (recorded)', async () => {
    const p = await seedProject('Seoul is the capital.');
    const seg = await rows.segmentAt(p.documentId);
    const note = await call(annotationsRoute.POST, 'POST', `/api/v1/segments/${seg.id}/annotations`, {
      token: p.users.REVIEWER.token,
      params: { id: seg.id },
      body: { side: 'source', start: 0, end: 5, category: 'accuracy/mistranslation', severity: 'minor', comment: 'check' },
    });
    expect(note.status).toBe(201);
    const id = note.json.id as string;
    for (const body of [{ comment: 'rewritten' }, { severity: 'critical' }, { category: 'style' }]) {
      const res = await call(annotationRoute.PATCH, 'PATCH', `/api/v1/annotations/${id}`, {
        token: p.users.OWNER.token,
        params: { id },
        body,
      });
      expect(res.status, JSON.stringify(body)).toBe(403);
    }
    const resolved = await call(annotationRoute.PATCH, 'PATCH', `/api/v1/annotations/${id}`, {
      token: p.users.OWNER.token,
      params: { id },
      body: { status: 'resolved' },
    });
    expect(resolved.status).toBe(200);
    const row = await rows.annotationById(id);
    expect(row).toMatchObject({ comment: 'check', severity: 'minor', status: 'resolved', statusById: p.users.OWNER.id });
    const own = await call(annotationRoute.PATCH, 'PATCH', `/api/v1/annotations/${id}`, {
      token: p.users.REVIEWER.token,
      params: { id },
      body: { comment: 'clarified' },
    });
    expect(own.status).toBe(200);
  });

  it('lets the author or an owner delete an annotation, recorded (who, when) and gone from every list; others get 403', async () => {
    const p = await seedProject('Seoul is the capital.');
    const seg = await rows.segmentAt(p.documentId);
    const note = await call(annotationsRoute.POST, 'POST', `/api/v1/segments/${seg.id}/annotations`, {
      token: p.users.REVIEWER.token,
      params: { id: seg.id },
      body: { side: 'source', start: 0, end: 5, category: 'style', severity: 'major', comment: 'check' },
    });
    const id = note.json.id as string;
    const del = (who: Who) =>
      call(annotationRoute.DELETE, 'DELETE', `/api/v1/annotations/${id}`, { token: p.users[who].token, params: { id } });
    expect((await del('TRANSLATOR')).status).toBe(403);
    expect((await del('OUTSIDER')).status).toBe(404);
    const deleted = await del('OWNER');
    expect(deleted.status).toBe(200);
    expect(await rows.annotationById(id)).toMatchObject({ status: 'deleted', statusById: p.users.OWNER.id, comment: 'check' });
    const list = await call(annotationsRoute.GET, 'GET', `/api/v1/segments/${seg.id}/annotations`, {
      token: p.users.TRANSLATOR.token,
      params: { id: seg.id },
    });
    expect(list.json.annotations).toEqual([]);
    const report = await call(qualityRoute.GET, 'GET', `/api/v1/documents/${p.documentId}/quality`, {
      token: p.users.OWNER.token,
      params: { id: p.documentId },
    });
    expect(report.status).toBe(200);
    expect(report.json.annotations).toBe(0);
    // Gone: no further edits, replies or status changes (a deleted major annotation no longer blocks approval either).
    expect(
      (
        await call(annotationRoute.PATCH, 'PATCH', `/api/v1/annotations/${id}`, {
          token: p.users.REVIEWER.token,
          params: { id },
          body: { status: 'open' },
        })
      ).status,
    ).toBe(404);
    expect((await del('REVIEWER')).status).toBe(404);
  });
});

describe('row 9: long id lists work up to the advertised maxima', () => {
  it('bulk-approves with 5,000 ids and replaces with 20,000 ids (unknown ids reported or ignored, never a 500)', async () => {
    const p = await seedProject('One.\n\nTwo.');
    const seg = await rows.segmentAt(p.documentId);
    expect((await save(p, 'TRANSLATOR', seg.id, { target: '하나.', state: 'TRANSLATED' })).status).toBe(200);
    const fake = (n: number) => Array.from({ length: n }, (_, i) => `missing-${i}`);

    const approve = await call(bulkApproveRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/approve`, {
      token: p.users.REVIEWER.token,
      params: { id: p.documentId },
      body: { segmentIds: [...fake(4_999), seg.id] },
    });
    expect(approve.status).toBe(200);
    expect(approve.json.approved.map((s: { id: string }) => s.id)).toEqual([seg.id]);
    expect(approve.json.skipped).toHaveLength(4_999);

    const replace = await call(replaceRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/replace`, {
      token: p.users.OWNER.token,
      params: { id: p.documentId },
      body: { find: '하나', replace: '일', dryRun: false, segmentIds: [...fake(19_999), seg.id] },
    });
    expect(replace.status).toBe(200);
    expect(replace.json.applied.map((s: { targetText: string }) => s.targetText)).toEqual(['일.']);
  }, 60_000);
});

describe('row 9, the same bug elsewhere: a document with more than 999 rejected segments', () => {
  it('lists its segments with their rejection reasons (the lookup reads in chunks)', async () => {
    const p = await seedProject(Array.from({ length: 1_200 }, (_, i) => `Paragraph number ${i}.`).join('\n\n'));
    await rows.rejectAll(p.documentId, p.users.REVIEWER.id);
    const res = await call(documentSegmentsRoute.GET, 'GET', `/api/v1/documents/${p.documentId}/segments`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.documentId },
    });
    expect(res.status).toBe(200);
    expect(res.json.segments).toHaveLength(1_200);
    expect(res.json.segments.every((s: { rejection: { reason: string } | null }) => s.rejection?.reason === 'wrong')).toBe(true);
  }, 60_000);
});

describe('row 13: cookie writes need proof of the same origin; forwarded headers only behind a configured proxy', () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
  });
  async function cookieOf() {
    const u = await seedUser('cookie');
    const res = await call(sessionRoute.POST, 'POST', '/api/v1/auth/session', { body: { email: u.email, password: TEST_PASSWORD } });
    return res.headers.get('set-cookie')!.split(';')[0]!;
  }
  const create = (cookie: string, headers: Record<string, string>) =>
    call(projectsRoute.POST, 'POST', '/api/v1/projects', { cookie, body: { name: 'x' }, headers });

  it('refuses a cookie write with neither Origin nor Sec-Fetch-Site, and accepts Sec-Fetch-Site: same-origin', async () => {
    const cookie = await cookieOf();
    expect((await create(cookie, {})).status).toBe(403);
    expect((await create(cookie, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await create(cookie, { 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    expect((await create(cookie, { origin: 'http://localhost:3000' })).status).toBe(201);
    expect((await create(cookie, { origin: 'null' })).status).toBe(403);
  });

  it('ignores X-Forwarded-Host unless TRUST_PROXY is set', async () => {
    const cookie = await cookieOf();
    expect((await create(cookie, { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' })).status).toBe(403);
    process.env.TRUST_PROXY = '1';
    expect(
      (await create(cookie, { origin: 'https://work.example', 'x-forwarded-host': 'work.example', 'x-forwarded-proto': 'https' })).status,
    ).toBe(201);
    expect((await create(cookie, { origin: 'http://localhost:3000', 'x-forwarded-host': 'work.example' })).status).toBe(403);
  });

  it('sign-in itself (no session yet) and Bearer-token writes need no Origin', async () => {
    const u = await seedUser('bearer');
    expect((await call(projectsRoute.POST, 'POST', '/api/v1/projects', { token: u.token, body: { name: 'y' } })).status).toBe(201);
    expect(
      (await call(sessionRoute.POST, 'POST', '/api/v1/auth/session', { body: { email: u.email, password: TEST_PASSWORD } })).status,
    ).toBe(200);
  });
});

describe('row 15: presence names only segments of its own document', () => {
  it("answers 400 for another document's segment (or an unknown id) and accepts its own", async () => {
    const p = await seedProject('One.');
    const other = await seedProject('Other.');
    const foreign = await rows.segmentAt(other.documentId);
    const own = await rows.segmentAt(p.documentId);
    const post = (segmentId: string | null) =>
      call(presenceRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/presence`, {
        token: p.users.TRANSLATOR.token,
        params: { id: p.documentId },
        body: { segmentId },
      });
    expect((await post(foreign.id)).status).toBe(400);
    expect((await post('no-such-segment')).status).toBe(400);
    expect((await post(own.id)).status).toBe(200);
    expect((await post(null)).status).toBe(200);
  });
});
