import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as applyRoute from '@/app/api/v1/documents/[id]/alignment/apply/route';
import * as proposeRoute from '@/app/api/v1/documents/[id]/alignment/route';
import { db } from '../db/client';
import { updateSegment } from '../segments/update-segment';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { call } from '../testing/request';

useTestDatabase();

const root = process.cwd();
const english = readFileSync(path.join(root, 'e2e/fixtures/korean-peninsula-a-to-z.en.txt'), 'utf8')
  .split(/\n\s*\n/)
  .slice(0, 10)
  .join('\n\n');
const korean = readFileSync(path.join(root, 'lib/align/fixtures/peninsula-10.ko.txt'), 'utf8');

describe('alignment in the workbench', () => {
  it('proposes beads covering every paragraph once, finds a merged Korean paragraph, and applies them as ALIGNED drafts', async () => {
    const p = await seedProject(english);
    const ko = korean
      .split(/\n\s*\n/)
      .map((x) => x.trim())
      .filter(Boolean);
    // The translator merged paragraphs 4 and 5 (0-based 3 and 4).
    const merged = [...ko.slice(0, 3), `${ko[3]} ${ko[4]}`, ...ko.slice(5)].join('\n\n');
    const res = await call(proposeRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/alignment`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.documentId },
      body: { content: merged },
    });
    expect(res.status).toBe(200);
    const beads: { source: number[]; target: number[]; score: number }[] = res.json.beads;
    expect(beads.flatMap((b) => b.source)).toEqual([...Array(10).keys()]);
    expect(beads.flatMap((b) => b.target)).toEqual([...Array(9).keys()]);
    expect(beads).toContainEqual(expect.objectContaining({ source: [3, 4], target: [3] }));
    expect(beads.every((b) => b.score >= 0 && b.score <= 1)).toBe(true);

    const texts = res.json.target.map((t: { text: string }) => t.text);
    const apply = await call(applyRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/alignment/apply`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.documentId },
      body: { beads: beads.map((b) => ({ source: b.source, target: b.target, text: b.target.map((t) => texts[t]).join(' ') })) },
    });
    expect(apply.status).toBe(200);
    expect(apply.json.applied).toBe(10);
    const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    expect(segs.every((s) => s.origin === 'ALIGNED' && s.state === 'DRAFT' && s.targetText.length > 0)).toBe(true);
    // The merged Korean paragraph was shared out at a sentence boundary, losing nothing.
    expect(`${segs[3]!.targetText} ${segs[4]!.targetText}`).toBe(`${ko[3]} ${ko[4]}`);
    expect(await db.segmentRevision.count({ where: { segment: { documentId: p.documentId }, action: 'align' } })).toBe(10);
  });

  it('never overwrites human work without consent, and only owners may apply as translated', async () => {
    const p = await seedProject('One.\n\nTwo.\n\nThree.');
    const segs = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    await updateSegment(p.users.TRANSLATOR, segs[1]!.id, { target: '사람이 쓴 둘.', version: segs[1]!.version });
    const beads = [
      { source: [0], target: [0], text: '하나.' },
      { source: [1], target: [1], text: '정렬된 둘.' },
      { source: [2], target: [2], text: '셋.', skip: true },
    ];
    const refused = await call(applyRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/alignment/apply`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.documentId },
      body: { beads },
    });
    expect(refused.status).toBe(409);
    expect(refused.json.error.details ?? refused.json.error.humanWork).toBeDefined();
    expect(refused.json.error.humanWork[0]).toMatchObject({ position: 1, targetText: '사람이 쓴 둘.' });
    const untouched = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    expect(untouched.map((s) => s.targetText)).toEqual(['', '사람이 쓴 둘.', '']);

    const asTranslated = await call(applyRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/alignment/apply`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.documentId },
      body: { beads, state: 'TRANSLATED', overwriteHumanWork: true },
    });
    expect(asTranslated.status).toBe(403);

    const consented = await call(applyRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/alignment/apply`, {
      token: p.users.OWNER.token,
      params: { id: p.documentId },
      body: { beads, state: 'TRANSLATED', overwriteHumanWork: true },
    });
    expect(consented.status).toBe(200);
    const after = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    expect(after.map((s) => [s.targetText, s.state])).toEqual([
      ['하나.', 'TRANSLATED'],
      ['정렬된 둘.', 'TRANSLATED'],
      ['', 'EMPTY'],
    ]);
    // The human text is still in the history.
    expect(await db.segmentRevision.count({ where: { segmentId: segs[1]!.id, targetText: '사람이 쓴 둘.' } })).toBe(1);
  });

  it('rejects beads that name a segment twice or one that does not exist', async () => {
    const p = await seedProject('One.\n\nTwo.');
    const twice = await call(applyRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/alignment/apply`, {
      token: p.users.OWNER.token,
      params: { id: p.documentId },
      body: {
        beads: [
          { source: [0], text: 'a' },
          { source: [0, 1], text: 'b' },
        ],
      },
    });
    expect(twice.status).toBe(400);
    const missing = await call(applyRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/alignment/apply`, {
      token: p.users.OWNER.token,
      params: { id: p.documentId },
      body: { beads: [{ source: [7], text: 'a' }] },
    });
    expect(missing.status).toBe(400);
    const empty = await call(proposeRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/alignment`, {
      token: p.users.OWNER.token,
      params: { id: p.documentId },
      body: { content: '   ' },
    });
    expect(empty.status).toBe(400);
  });
});

describe('sentence links', () => {
  it('come with each proposed bead, are kept with the segment when applied, and are computed on confirmation', async () => {
    const en = 'North Korea fired a missile on Tuesday. It flew about 570 kilometers.\n\nTalks ended without a deal.';
    const ko = '북한이 지난 2일 미사일을 발사했다. 미사일은 약 570㎞를 비행했다.\n\n회담은 합의 없이 끝났다.';
    const p = await seedProject(en);
    const res = await call(proposeRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/alignment`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.documentId },
      body: { content: ko },
    });
    expect(res.status).toBe(200);
    const first = res.json.beads[0];
    expect(first.sentences.map((l: { source: number[]; target: number[] }) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
    const span = first.sourceSentences[1];
    expect(res.json.source[0].text.slice(span.start, span.end)).toBe('It flew about 570 kilometers.');
    const tspan = first.targetSentences[0];
    expect(res.json.target[0].text.slice(tspan.start, tspan.end)).toBe('북한이 지난 2일 미사일을 발사했다.');

    const texts = res.json.target.map((t: { text: string }) => t.text);
    const apply = await call(applyRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/alignment/apply`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.documentId },
      body: {
        beads: res.json.beads.map((b: { source: number[]; target: number[] }) => ({
          source: b.source,
          target: b.target,
          text: b.target.map((t) => texts[t]).join(' '),
        })),
      },
    });
    expect(apply.status).toBe(200);
    const [s0, s1] = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    expect(JSON.parse(s0!.sentenceLinks!).links).toHaveLength(2);

    // A draft edit makes them stale; confirming computes them again.
    const edited = await updateSegment(p.users.TRANSLATOR, s1!.id, { target: '회담은 결렬됐다.', version: s1!.version });
    expect((await db.segment.findUniqueOrThrow({ where: { id: s1!.id } })).sentenceLinks).toBeNull();
    await updateSegment(p.users.TRANSLATOR, s1!.id, { target: '회담은 결렬됐다.', version: edited.version, state: 'TRANSLATED' });
    const confirmed = await db.segment.findUniqueOrThrow({ where: { id: s1!.id } });
    expect(JSON.parse(confirmed.sentenceLinks!)).toMatchObject({ links: [{ source: [0], target: [0] }], target: [[0, 9]] });
  });
});

describe('the project glossary in a proposal', () => {
  const en = 'The envoy met Jang Kum-chol.\n\nThe envoy met the minister.\n\nTalks ended.';
  const ko = '특사는 장관을 만났다.\n\n회담은 끝났다.';
  const propose = async (status: 'PROPOSED' | 'CONFIRMED' | 'REJECTED' | null) => {
    const p = await seedProject(en);
    if (status) await db.term.create({ data: { projectId: p.projectId, source: 'Jang Kum-chol', target: '장금철', kind: 'NAME', status } });
    const res = await call(proposeRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/alignment`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.documentId },
      body: { content: ko },
    });
    expect(res.status).toBe(200);
    return (res.json.beads as { source: number[]; target: number[] }[]).map((b) => [b.source, b.target]);
  };

  it('uses proposed and confirmed terms as anchors, not rejected ones', async () => {
    // Without the term both English paragraphs look alike; with it, the one naming Jang is the one left out.
    expect(await propose('PROPOSED')).toContainEqual([[0], []]);
    expect(await propose('CONFIRMED')).toContainEqual([[0], []]);
    expect(await propose('REJECTED')).not.toContainEqual([[0], []]);
    expect(await propose(null)).not.toContainEqual([[0], []]);
  });
});
