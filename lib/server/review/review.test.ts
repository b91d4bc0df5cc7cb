// Review feature through the API: annotations (threads, mentions, status, author-only edits),
// anchoring through PATCH /segments/:id, decisions (approve, reject, reopen, bulk approve),
// diffs, the quality report and its exports.
import { describe, expect, it } from 'vitest';
import * as annotationRoute from '@/app/api/v1/annotations/[id]/route';
import * as repliesRoute from '@/app/api/v1/annotations/[id]/replies/route';
import * as jsonldRoute from '@/app/api/v1/documents/[id]/annotations.jsonld/route';
import * as bulkRoute from '@/app/api/v1/documents/[id]/approve/route';
import * as qualityRoute from '@/app/api/v1/documents/[id]/quality/route';
import * as segmentsRoute from '@/app/api/v1/documents/[id]/segments/route';
import * as segmentRoute from '@/app/api/v1/segments/[id]/route';
import * as annotationsRoute from '@/app/api/v1/segments/[id]/annotations/route';
import * as approveRoute from '@/app/api/v1/segments/[id]/approve/route';
import * as diffRoute from '@/app/api/v1/segments/[id]/diff/route';
import * as rejectRoute from '@/app/api/v1/segments/[id]/reject/route';
import * as reopenRoute from '@/app/api/v1/segments/[id]/reopen/route';
import { db } from '../db/client';
import { mergeSettings } from '../projects/settings';
import { useTestDatabase } from '../testing/db';
import { seedProject, type SeededProject } from '../testing/factories';
import { call } from '../testing/request';

useTestDatabase();

type Who = keyof SeededProject['users'];

async function segments(p: SeededProject) {
  const res = await call(segmentsRoute.GET, 'GET', `/api/v1/documents/${p.documentId}/segments`, {
    token: p.users.OWNER.token,
    params: { id: p.documentId },
  });
  return res.json.segments as {
    id: string;
    version: number;
    state: string;
    targetText: string;
    position: number;
    rejection: { reason: string } | null;
  }[];
}

async function save(p: SeededProject, who: Who, id: string, target: string, extra: Record<string, unknown> = {}) {
  const version = (await db.segment.findUniqueOrThrow({ where: { id } })).version;
  return call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${id}`, {
    token: p.users[who].token,
    params: { id },
    body: { target, version, ...extra },
  });
}

function annotate(p: SeededProject, who: Who, segmentId: string, body: Record<string, unknown>) {
  return call(annotationsRoute.POST, 'POST', `/api/v1/segments/${segmentId}/annotations`, {
    token: p.users[who].token,
    params: { id: segmentId },
    body,
  });
}

async function annotateWords(p: SeededProject, segmentId: string, words: string, extra: Record<string, unknown> = {}) {
  const seg = await db.segment.findUniqueOrThrow({ where: { id: segmentId } });
  const start = seg.targetText.indexOf(words);
  expect(start, `"${words}" in "${seg.targetText}"`).toBeGreaterThanOrEqual(0);
  const res = await annotate(p, 'REVIEWER', segmentId, {
    side: 'target',
    start,
    end: start + words.length,
    category: 'terminology',
    severity: 'minor',
    comment: '',
    ...extra,
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json as { id: string };
}

function decide(
  route: typeof approveRoute.POST,
  action: string,
  p: SeededProject,
  who: Who,
  id: string,
  body: Record<string, unknown> = {},
) {
  return call(route, 'POST', `/api/v1/segments/${id}/${action}`, { token: p.users[who].token, params: { id }, body });
}

const stored = (id: string) => db.annotation.findUniqueOrThrow({ where: { id } });

describe('annotations', () => {
  it('stores the quote with 32 characters of context and lists threads with replies and mentions', async () => {
    const p = await seedProject('A long first paragraph about the peninsula.');
    const [seg] = await segments(p);
    await save(p, 'TRANSLATOR', seg!.id, '한반도에 관한 아주 긴 첫 번째 문단이며, 이 문장은 서른두 글자보다 훨씬 더 깁니다.');
    const text = (await db.segment.findUniqueOrThrow({ where: { id: seg!.id } })).targetText;
    const start = text.indexOf('서른두');
    const created = await annotate(p, 'REVIEWER', seg!.id, {
      side: 'target',
      start,
      end: start + 3,
      category: 'locale/number',
      severity: 'major',
      comment: `@${p.users.TRANSLATOR.name} use digits`,
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      quote: '서른두',
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(start + 3, start + 35),
      status: 'open',
      detached: false,
      category: 'locale/number',
      severity: 'major',
      author: { id: p.users.REVIEWER.id },
      mentions: [{ id: p.users.TRANSLATOR.id }],
    });

    const reply = await call(repliesRoute.POST, 'POST', `/api/v1/annotations/${created.json.id}/replies`, {
      token: p.users.TRANSLATOR.token,
      params: { id: created.json.id },
      body: { body: `Fixed, @${p.users.REVIEWER.email} please look` },
    });
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({ author: { id: p.users.TRANSLATOR.id }, mentions: [{ id: p.users.REVIEWER.id }] });

    const list = await call(annotationsRoute.GET, 'GET', `/api/v1/segments/${seg!.id}/annotations`, {
      token: p.users.TRANSLATOR.token,
      params: { id: seg!.id },
    });
    expect(list.status).toBe(200);
    expect(list.json.annotations).toHaveLength(1);
    expect(list.json.annotations[0].replies).toHaveLength(1);
    expect(list.json.members.map((m: { id: string }) => m.id).sort()).toEqual(
      [p.users.OWNER.id, p.users.TRANSLATOR.id, p.users.REVIEWER.id].sort(),
    );
    expect(list.json.segment).toMatchObject({ segmentId: seg!.id, rejection: null });
  });

  it('annotates the source too, and refuses spans outside the text or with unknown categories', async () => {
    const p = await seedProject('Short source.');
    const [seg] = await segments(p);
    const ok = await annotate(p, 'TRANSLATOR', seg!.id, {
      side: 'source',
      start: 0,
      end: 5,
      category: 'accuracy/omission',
      severity: 'neutral',
      comment: 'Ambiguous?',
    });
    expect(ok.status).toBe(201);
    expect(ok.json.quote).toBe('Short');
    expect(
      (await annotate(p, 'REVIEWER', seg!.id, { side: 'target', start: 0, end: 1, category: 'style', severity: 'minor' })).status,
    ).toBe(400); // empty target
    expect(
      (await annotate(p, 'REVIEWER', seg!.id, { side: 'source', start: 3, end: 3, category: 'style', severity: 'minor' })).status,
    ).toBe(400);
    expect(
      (await annotate(p, 'REVIEWER', seg!.id, { side: 'source', start: 0, end: 2, category: 'fluency', severity: 'minor' })).status,
    ).toBe(400);
    expect(
      (await annotate(p, 'OUTSIDER', seg!.id, { side: 'source', start: 0, end: 2, category: 'style', severity: 'minor' })).status,
    ).toBe(404);
  });

  it('lets only the author change the text; any member sets the status, with who and when', async () => {
    const p = await seedProject('Text.');
    const [seg] = await segments(p);
    await save(p, 'TRANSLATOR', seg!.id, '텍스트.');
    const a = await annotateWords(p, seg!.id, '텍스트', { comment: 'first' });
    const patch = (who: Who, body: Record<string, unknown>) =>
      call(annotationRoute.PATCH, 'PATCH', `/api/v1/annotations/${a.id}`, { token: p.users[who].token, params: { id: a.id }, body });
    expect((await patch('TRANSLATOR', { comment: 'hijack' })).status).toBe(403);
    expect((await patch('REVIEWER', { comment: 'second thoughts', severity: 'major' })).json).toMatchObject({
      comment: 'second thoughts',
      severity: 'major',
    });
    const resolved = await patch('TRANSLATOR', { status: 'resolved' });
    expect(resolved.status).toBe(200);
    expect(resolved.json).toMatchObject({ status: 'resolved', statusBy: { id: p.users.TRANSLATOR.id } });
    expect(resolved.json.statusAt).toEqual(expect.any(String));
    expect((await patch('OWNER', { status: 'wontfix' })).json.status).toBe('wontfix');
    expect((await patch('OUTSIDER', { status: 'open' })).status).toBe(404);
    expect((await patch('REVIEWER', { status: 'closed' })).status).toBe(400);
  });
});

describe('anchoring through PATCH /segments/:id', () => {
  async function setup() {
    const p = await seedProject('North Korea said today it launched a new missile.');
    const [seg] = await segments(p);
    await save(p, 'TRANSLATOR', seg!.id, '북한은 오늘 새로운 미사일을 발사했다고 밝혔다.');
    const a = await annotateWords(p, seg!.id, '새로운 미사일');
    return { p, id: seg!.id, a };
  }
  const spanText = async (id: string, annotationId: string) => {
    const [s, a] = await Promise.all([db.segment.findUniqueOrThrow({ where: { id } }), stored(annotationId)]);
    return a.detached ? null : s.targetText.slice(a.start, a.end);
  };

  it('stays on its words through edits before them', async () => {
    const { p, id, a } = await setup();
    expect((await save(p, 'TRANSLATOR', id, '어제 북한은 오늘 새로운 미사일을 발사했다고 밝혔다.')).status).toBe(200);
    expect(await spanText(id, a.id)).toBe('새로운 미사일');
    expect((await stored(a.id)).start).toBe(10);
  });

  it('stays on its words through edits after them', async () => {
    const { p, id, a } = await setup();
    await save(p, 'TRANSLATOR', id, '북한은 오늘 새로운 미사일을 쐈다.');
    expect(await stored(a.id)).toMatchObject({ start: 7, end: 14, detached: false, suffix: '을 쐈다.' });
  });

  it('becomes detached when an edit goes inside its words, and stays listed', async () => {
    const { p, id, a } = await setup();
    await save(p, 'TRANSLATOR', id, '북한은 오늘 신형 미사일을 발사했다고 밝혔다.');
    expect((await stored(a.id)).detached).toBe(true);
    const list = await call(annotationsRoute.GET, 'GET', `/api/v1/segments/${id}/annotations`, {
      token: p.users.TRANSLATOR.token,
      params: { id },
    });
    expect(list.json.annotations).toMatchObject([{ id: a.id, detached: true, quote: '새로운 미사일' }]);
  });

  it('becomes detached when its words are deleted, and comes back if they are restored with their context', async () => {
    const { p, id, a } = await setup();
    await save(p, 'TRANSLATOR', id, '북한은 오늘 발사했다고 밝혔다.');
    expect((await stored(a.id)).detached).toBe(true);
    await save(p, 'TRANSLATOR', id, '북한은 오늘 새로운 미사일을 발사했다고 밝혔다.');
    expect(await stored(a.id)).toMatchObject({ detached: false, start: 7, end: 14 });
  });

  it('does not move to the same words elsewhere', async () => {
    const p = await seedProject('The cat saw the dog.');
    const [seg] = await segments(p);
    await save(p, 'TRANSLATOR', seg!.id, '그 고양이가 그 개를 봤다.');
    const text = '그 고양이가 그 개를 봤다.';
    const start = text.indexOf('그', 1);
    const res = await annotate(p, 'REVIEWER', seg!.id, { side: 'target', start, end: start + 1, category: 'style', severity: 'minor' });
    await save(p, 'TRANSLATOR', seg!.id, '그 고양이가 개를 봤다.');
    expect((await stored(res.json.id)).detached).toBe(true);
  });

  it('leaves source annotations alone when the target changes', async () => {
    const p = await seedProject('Source words.');
    const [seg] = await segments(p);
    const res = await annotate(p, 'REVIEWER', seg!.id, { side: 'source', start: 0, end: 6, category: 'style', severity: 'minor' });
    await save(p, 'TRANSLATOR', seg!.id, '완전히 새 번역');
    expect(await stored(res.json.id)).toMatchObject({ start: 0, end: 6, detached: false });
  });
});

describe('decisions', () => {
  async function translated(content = 'One paragraph.') {
    const p = await seedProject(content);
    const [seg] = await segments(p);
    await save(p, 'TRANSLATOR', seg!.id, '한 문단.', { state: 'TRANSLATED' });
    return { p, id: seg!.id };
  }

  it('reviewers approve (a revision, a version bump, the TM unit); translators may not', async () => {
    const { p, id } = await translated();
    expect((await decide(approveRoute.POST, 'approve', p, 'TRANSLATOR', id)).status).toBe(403);
    const before = await db.segment.findUniqueOrThrow({ where: { id } });
    const res = await decide(approveRoute.POST, 'approve', p, 'REVIEWER', id, { version: before.version });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ state: 'APPROVED', version: before.version + 1 });
    const rev = await db.segmentRevision.findUniqueOrThrow({
      where: { segmentId_version: { segmentId: id, version: before.version + 1 } },
    });
    expect(rev).toMatchObject({ action: 'approve', userId: p.users.REVIEWER.id, state: 'APPROVED', targetText: '한 문단.' });
    expect(await db.tmUnit.count({ where: { segmentId: id } })).toBe(1);
    expect((await decide(approveRoute.POST, 'approve', p, 'REVIEWER', id)).status).toBe(409);
  });

  it('refuses a stale version with 409 and the current segment', async () => {
    const { p, id } = await translated();
    const res = await decide(approveRoute.POST, 'approve', p, 'REVIEWER', id, { version: 1 });
    expect(res.status).toBe(409);
    expect(res.json.error.current).toMatchObject({ id, state: 'TRANSLATED' });
    expect((await db.segment.findUniqueOrThrow({ where: { id } })).state).toBe('TRANSLATED');
  });

  it('rejects with a required reason that reaches the translator', async () => {
    const { p, id } = await translated();
    expect((await decide(rejectRoute.POST, 'reject', p, 'REVIEWER', id, { reason: '  ' })).status).toBe(400);
    expect((await decide(rejectRoute.POST, 'reject', p, 'TRANSLATOR', id, { reason: 'mine' })).status).toBe(403);
    const res = await decide(rejectRoute.POST, 'reject', p, 'REVIEWER', id, { reason: 'The number is wrong.' });
    expect(res.json).toMatchObject({ state: 'REJECTED', rejection: { reason: 'The number is wrong.', by: { id: p.users.REVIEWER.id } } });
    const [seg] = await segments(p);
    expect(seg!.rejection).toMatchObject({ reason: 'The number is wrong.' });
    const list = await call(annotationsRoute.GET, 'GET', `/api/v1/segments/${id}/annotations`, {
      token: p.users.TRANSLATOR.token,
      params: { id },
    });
    expect(list.json.segment).toMatchObject({ state: 'REJECTED', rejection: { reason: 'The number is wrong.' } });
    // The translator fixes it and confirms; the reason is no longer shown.
    expect((await save(p, 'TRANSLATOR', id, '두 문단.', { state: 'TRANSLATED' })).status).toBe(200);
    expect((await segments(p))[0]!.rejection).toBeNull();
  });

  it('keeps approved segments read-only for translators until a reviewer reopens them', async () => {
    const { p, id } = await translated();
    await decide(approveRoute.POST, 'approve', p, 'REVIEWER', id);
    expect((await save(p, 'TRANSLATOR', id, '고침')).status).toBe(403);
    expect((await decide(reopenRoute.POST, 'reopen', p, 'TRANSLATOR', id)).status).toBe(403);
    const reopened = await decide(reopenRoute.POST, 'reopen', p, 'REVIEWER', id, { reason: 'Style pass' });
    expect(reopened.json.state).toBe('TRANSLATED');
    expect((await decide(reopenRoute.POST, 'reopen', p, 'REVIEWER', id)).status).toBe(409);
    expect((await save(p, 'TRANSLATOR', id, '고침')).status).toBe(200);
    const actions = (await db.segmentRevision.findMany({ where: { segmentId: id }, orderBy: { version: 'asc' } })).map((r) => [
      r.action,
      r.reason,
    ]);
    expect(actions.slice(-3)).toEqual([
      ['approve', null],
      ['reopen', 'Style pass'],
      ['save', null],
    ]);
  });

  it('lets reviewers edit targets only where the project allows it', async () => {
    const { p, id } = await translated();
    expect((await save(p, 'REVIEWER', id, '검토자 수정')).status).toBe(200);
    const project = await db.project.findUniqueOrThrow({ where: { id: p.projectId } });
    await db.project.update({
      where: { id: p.projectId },
      data: { settings: mergeSettings(project.settings, { reviewersMayEdit: false }) },
    });
    const denied = await save(p, 'REVIEWER', id, '다시 수정');
    expect(denied.status).toBe(403);
    expect((await save(p, 'OWNER', id, '소유자 수정')).status).toBe(200);
    expect((await save(p, 'TRANSLATOR', id, '번역가 수정')).status).toBe(200);
  });

  it('bulk approve skips blocked segments and says why', async () => {
    const p = await seedProject(
      'Clean paragraph.\n\nA paragraph with a major issue.\n\nIn 2024 there were 15 launches.\n\nNot translated yet.\n\nMinor issue only.',
    );
    const segs = await segments(p);
    const [clean, major, numbers, empty, minor] = segs;
    await save(p, 'TRANSLATOR', clean!.id, '깨끗한 문단.', { state: 'TRANSLATED' });
    await save(p, 'TRANSLATOR', major!.id, '큰 문제가 있는 문단.', { state: 'TRANSLATED' });
    await save(p, 'TRANSLATOR', numbers!.id, '올해 발사는 열다섯 번이었다.', { state: 'TRANSLATED' });
    await save(p, 'TRANSLATOR', minor!.id, '작은 문제만.', { state: 'TRANSLATED' });
    const critical = await annotateWords(p, major!.id, '큰 문제', { severity: 'critical' });
    await annotateWords(p, major!.id, '문단', { severity: 'major' });
    await annotateWords(p, minor!.id, '작은', { severity: 'minor' });
    const resolvedMajor = await annotateWords(p, clean!.id, '깨끗한', { severity: 'major' });
    await db.annotation.update({ where: { id: resolvedMajor.id }, data: { status: 'resolved' } });

    const bulk = (who: Who, ids: string[]) =>
      call(bulkRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/approve`, {
        token: p.users[who].token,
        params: { id: p.documentId },
        body: { segmentIds: ids },
      });
    expect((await bulk('TRANSLATOR', [clean!.id])).status).toBe(403);
    const res = await bulk('REVIEWER', [...segs.map((s) => s.id), 'nope']);
    expect(res.status).toBe(200);
    expect(res.json.approved.map((s: { id: string }) => s.id)).toEqual([clean!.id, minor!.id]);
    const skipped = res.json.skipped as {
      segmentId: string;
      position: number | null;
      reasons: { code: string; annotationIds?: string[]; check?: string }[];
    }[];
    expect(skipped.map((s) => [s.segmentId, s.position, s.reasons.map((r) => r.code)])).toEqual([
      ['nope', null, ['not_found']],
      [major!.id, 1, ['open_critical', 'open_major']],
      [numbers!.id, 2, ['qa_error']], // 2024 is missing (열다섯 renders 15)
      [empty!.id, 3, ['empty']],
    ]);
    expect(skipped[1]!.reasons[0]!.annotationIds).toEqual([critical.id]);
    expect(skipped[2]!.reasons[0]!.check).toBe('numbers');
    expect((await db.segment.findUniqueOrThrow({ where: { id: major!.id } })).state).toBe('TRANSLATED');
    expect(await db.segmentRevision.count({ where: { segmentId: clean!.id, action: 'approve' } })).toBe(1);
  });
});

describe('diff', () => {
  it('compares the origin (MT) with the current text word by word, and any two revisions', async () => {
    const p = await seedProject('Kwon said so.');
    const [seg] = await segments(p);
    // Simulate a machine translation as the origin.
    await db.segment.update({
      where: { id: seg!.id },
      data: { targetText: '권정근은 그렇게 말했다.', state: 'DRAFT', origin: 'MT', version: 2 },
    });
    await db.segmentRevision.create({
      data: { segmentId: seg!.id, version: 2, targetText: '권정근은 그렇게 말했다.', state: 'DRAFT', origin: 'MT', action: 'mt' },
    });
    await save(p, 'TRANSLATOR', seg!.id, '권정근이 그렇게 말했다.');
    await save(p, 'TRANSLATOR', seg!.id, '권정근이 그렇게 분명히 말했다.');
    const get = (query?: Record<string, string>) =>
      call(diffRoute.GET, 'GET', `/api/v1/segments/${seg!.id}/diff`, { token: p.users.REVIEWER.token, params: { id: seg!.id }, query });
    const origin = await get();
    expect(origin.status).toBe(200);
    expect(origin.json).toMatchObject({
      from: { version: 2, origin: 'MT', action: 'mt' },
      to: { version: 4 },
      changed: { inserted: 2, deleted: 1 },
    });
    expect(origin.json.parts.slice(0, 4)).toEqual([
      { op: 'equal', text: '권정근' },
      { op: 'delete', text: '은' },
      { op: 'insert', text: '이' },
      { op: 'equal', text: ' 그렇게 ' },
    ]);
    const between = await get({ from: '3', to: '4' });
    expect(between.json.parts).toEqual([
      { op: 'equal', text: '권정근이 그렇게 ' },
      { op: 'insert', text: '분명히 ' },
      { op: 'equal', text: '말했다.' },
    ]);
    expect((await get({ from: '99' })).status).toBe(404);
  });
});

describe('quality report and exports', () => {
  it('scores per 1,000 source words against the threshold, excluding do-not-translate segments, as JSON, CSV and JSON-LD', async () => {
    // 20 source words in translatable segments (10 + 10); the DNT segment's words do not count.
    const p = await seedProject(
      'one two three four five six seven eight nine ten\n\neleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty\n\nDNT words here',
    );
    const [a, b, dnt] = await segments(p);
    await db.segment.update({ where: { id: dnt!.id }, data: { doNotTranslate: true } });
    await save(p, 'TRANSLATOR', a!.id, '하나 둘 셋');
    await save(p, 'TRANSLATOR', b!.id, '열하나 열둘');
    await annotateWords(p, a!.id, '둘', { severity: 'minor', category: 'accuracy/mistranslation', comment: 'Should be "two"' });
    const resolved = await annotateWords(p, b!.id, '열둘', { severity: 'critical', category: 'names' });
    await db.annotation.update({ where: { id: resolved.id }, data: { status: 'resolved' } });

    const res = await call(qualityRoute.GET, 'GET', `/api/v1/documents/${p.documentId}/quality`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.documentId },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      sourceWords: 20,
      penaltyPoints: 1,
      penaltyPer1000: 50,
      score: 95,
      threshold: 95,
      pass: true,
      annotations: 2,
      counted: 1,
    });
    expect(res.json.counts['accuracy/mistranslation'].minor).toBe(1);
    expect(res.json.byStatus).toEqual({ open: 1, resolved: 1, wontfix: 0 });
    // The editor's highlights: open annotations only, with what the rows draw and show on hover.
    expect(res.json.highlights).toEqual({
      [a!.id]: [
        {
          id: expect.any(String),
          side: 'target',
          start: 3,
          end: 4,
          quote: '둘',
          category: 'accuracy/mistranslation',
          severity: 'minor',
          comment: 'Should be "two"',
        },
      ],
    });

    const project = await db.project.findUniqueOrThrow({ where: { id: p.projectId } });
    await db.project.update({ where: { id: p.projectId }, data: { settings: mergeSettings(project.settings, { qualityThreshold: 99 }) } });
    const csv = await call(qualityRoute.GET, 'GET', `/api/v1/documents/${p.documentId}/quality`, {
      token: p.users.OWNER.token,
      params: { id: p.documentId },
      query: { format: 'csv' },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename=".+-quality\.csv"/);
    expect(csv.json).toContain('accuracy,accuracy/mistranslation,0,1,0,0,1,1');
    expect(csv.json).toContain('result,fail');

    const ld = await call(jsonldRoute.GET, 'GET', `/api/v1/documents/${p.documentId}/annotations.jsonld`, {
      token: p.users.REVIEWER.token,
      params: { id: p.documentId },
    });
    expect(ld.status).toBe(200);
    expect(ld.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(ld.json).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 2,
      first: { type: 'AnnotationPage' },
    });
    const item = ld.json.first.items[0];
    expect(item).toMatchObject({
      type: 'Annotation',
      target: {
        source: `http://localhost:3000/api/v1/segments/${a!.id}#target`,
        selector: [
          { type: 'TextQuoteSelector', exact: '둘', prefix: '하나 ', suffix: ' 셋' },
          { type: 'TextPositionSelector', start: 3, end: 4 },
        ],
      },
    });
    expect(item.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'TextualBody', purpose: 'commenting', value: 'Should be "two"' }),
        expect.objectContaining({ type: 'TextualBody', purpose: 'classifying', value: 'accuracy/mistranslation' }),
        expect.objectContaining({ type: 'TextualBody', purpose: 'assessing', value: 'minor' }),
      ]),
    );
    expect(
      (
        await call(qualityRoute.GET, 'GET', `/api/v1/documents/${p.documentId}/quality`, {
          token: p.users.OUTSIDER.token,
          params: { id: p.documentId },
        })
      ).status,
    ).toBe(404);
  });
});
