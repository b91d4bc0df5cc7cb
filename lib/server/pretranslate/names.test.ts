// Names protected from the moment they are detected (#16), end to end: the fixture imported (so
// Kwon Jong-gun(권정근) is a PROPOSED name and Oh Gyeong-seop a name without Hangul), then
// pre-translated through the real deepl-node client against the local DeepL stand-in.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as jobRoute from '@/app/api/v1/jobs/[id]/route';
import * as pretranslateRoute from '@/app/api/v1/documents/[id]/pretranslate/route';
import * as termsRoute from '@/app/api/v1/projects/[id]/terms/route';
import * as termRoute from '@/app/api/v1/terms/[id]/route';
import * as qaRoute from '@/app/api/v1/segments/[id]/qa/route';
import { db } from '../db/client';
import { JobRunner } from '../jobs/runner';
import type { DeeplConfig } from '../mt/deepl';
import { useTestDatabase } from '../testing/db';
import { useDeeplStandIn } from '../testing/deepl';
import { seedProject, type SeededProject } from '../testing/factories';
import { waitForJob } from '../testing/jobs';
import { call } from '../testing/request';
import { createPretranslateHandler } from './run-pretranslate';

useTestDatabase();
const deepl = useDeeplStandIn();
const cfg = (): DeeplConfig => ({
  authKey: 'test-key',
  serverUrl: deepl().url,
  concurrency: 2,
  retry: { attempts: 3, baseMs: 2, maxMs: 20 },
  timeoutMs: 5000,
});
const FIXTURE = readFileSync('/work/shared/fixtures/korean-peninsula-a-to-z.en.txt', 'utf8');

async function run(p: SeededProject, body: Record<string, unknown> = {}) {
  const res = await call(pretranslateRoute.POST, 'POST', `/api/v1/documents/${p.documentId}/pretranslate`, {
    token: p.users.OWNER.token,
    params: { id: p.documentId },
    body,
  });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  const r = new JobRunner({ handlers: { pretranslate: createPretranslateHandler({ deepl: cfg }) }, pollMs: 20 }).start();
  const job = await waitForJob(res.json.jobId, ['done', 'paused', 'failed', 'cancelled']);
  await r.stop();
  return job;
}

async function kwonSegment(documentId: string) {
  return db.segment.findFirstOrThrow({ where: { documentId, sourceText: { contains: 'Kwon Jong-gun' } } });
}

const sentTexts = () =>
  deepl()
    .translateLog.filter((l) => l.status === 200)
    .flatMap((l) => ([] as string[]).concat(l.params.text ?? []));

describe('a detected name left PROPOSED', () => {
  it('is protected and in the glossary; the Korean holds 권정근 once, and "Kwon" becomes 권 국장', async () => {
    const p = await seedProject(FIXTURE);
    const kwon = await db.term.findFirstOrThrow({ where: { projectId: p.projectId, source: 'Kwon Jong-gun' } });
    expect(kwon).toMatchObject({ status: 'PROPOSED', target: '권정근' });
    expect(kwon.note).toContain('role: 국장');
    const job = await run(p);
    expect(job.state).toBe('done');
    const sent = sentTexts().find((t) => t.includes('권정근'))!;
    expect(sent).toContain('<x id="n1">권정근</x>, director');
    expect(sent).not.toContain('(권정근)');
    expect(sent).toMatch(/<x id="n\d">권 국장<\/x> lashed out/);
    const seg = await kwonSegment(p.documentId);
    expect(seg.targetText.split('권정근').length - 1).toBe(1);
    expect(seg.targetText).toContain('권 국장');
    // The DeepL glossary holds the PROPOSED name.
    const glossaryId = deepl().translateLog.at(-1)?.params.glossary_id as string;
    const entries = await (
      await fetch(`${deepl().url}/v2/glossaries/${glossaryId}/entries`, { headers: { Authorization: 'DeepL-Auth-Key test-key' } })
    ).text();
    expect(entries).toContain('Kwon Jong-gun\t권정근');
  });

  it('an answer that drops 권정근 gives a QA error on the segment naming 권정근, and a job warning', async () => {
    const p = await seedProject(FIXTURE);
    deepl().setMode({ dropProtected: 'drop' });
    const job = await run(p);
    expect(job.state).toBe('done');
    const seg = await kwonSegment(p.documentId);
    expect(seg.targetText).not.toContain('권정근');
    const qa = await call(qaRoute.GET, 'GET', `/api/v1/segments/${seg.id}/qa`, { token: p.users.TRANSLATOR.token, params: { id: seg.id } });
    expect(qa.status).toBe(200);
    const errors = (qa.json.issues as { severity: string; message: string }[]).filter((i) => i.severity === 'error');
    expect(errors.some((i) => i.message.includes('권정근'))).toBe(true);
    const api = await call(jobRoute.GET, 'GET', `/api/v1/jobs/${job.id}`, { token: p.users.OWNER.token, params: { id: job.id } });
    const w = (api.json.result.warnings as { segmentId: string; qa: { expected: string }[] }[]).find((x) => x.segmentId === seg.id);
    expect(w?.qa.map((x) => x.expected)).toContain('권정근');
  });

  it('REJECTED stops it: not protected, not in the glossary, not checked', async () => {
    const p = await seedProject(FIXTURE);
    await db.term.updateMany({ where: { projectId: p.projectId, source: 'Kwon Jong-gun' }, data: { status: 'REJECTED' } });
    await run(p);
    expect(sentTexts().some((t) => t.includes('<x id="n1">권정근</x>'))).toBe(false);
    const glossaryId = deepl().translateLog.at(-1)?.params.glossary_id as string | undefined;
    const entries = glossaryId
      ? await (
          await fetch(`${deepl().url}/v2/glossaries/${glossaryId}/entries`, { headers: { Authorization: 'DeepL-Auth-Key test-key' } })
        ).text()
      : '';
    expect(entries).toContain('Panmunjom\t판문점'); // the other names still are
    expect(entries).not.toContain('Kwon Jong-gun');
    const seg = await kwonSegment(p.documentId);
    const qa = await call(qaRoute.GET, 'GET', `/api/v1/segments/${seg.id}/qa`, { token: p.users.TRANSLATOR.token, params: { id: seg.id } });
    expect(JSON.stringify(qa.json.issues)).not.toContain('권정근');
  });
});

describe('later references follow the rule: surname + title when the role is known', () => {
  it('once the owner picks 김정은 (role "leader" from the first mention), a later "Kim" is sent as 김 위원장', async () => {
    const p = await seedProject(FIXTURE);
    const kim = await db.term.findFirstOrThrow({ where: { projectId: p.projectId, source: 'Kim Jong-un' } });
    expect(kim.note).toContain('role: 위원장');
    const picked = await call(termRoute.PATCH, 'PATCH', `/api/v1/terms/${kim.id}`, {
      token: p.users.OWNER.token,
      params: { id: kim.id },
      body: { target: '김정은', status: 'CONFIRMED' },
    });
    expect(picked.status).toBe(200);
    await run(p);
    const sent = sentTexts();
    expect(sent.some((t) => /North Korean leader <x id="n\d">김정은<\/x>/.test(t))).toBe(true);
    expect(sent.some((t) => /Trump and <x id="n\d">김 위원장<\/x> agreed/.test(t))).toBe(true);
    const seg = await db.segment.findFirstOrThrow({
      where: { documentId: p.documentId, sourceText: { contains: 'Trump and Kim agreed' } },
    });
    expect(seg.targetText).toContain('김 위원장');
  });
});

describe('the role from the first mention in this document (no role in the note)', () => {
  it('a glossary name added by hand: "Kwon" after "Kwon Jong-gun, director of…" is sent as 권 국장; elsewhere the full name', async () => {
    const p = await seedProject('Kwon Jong-gun, director of U.S. Affairs, spoke.\n\nKwon lashed out at Seoul.');
    await db.term.create({
      data: { projectId: p.projectId, source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME', note: 'added by hand' },
    });
    await run(p);
    expect(sentTexts()).toContain('<x id="n1">권 국장</x> lashed out at Seoul.');
    const q = await seedProject('Kwon Jong-gun spoke.\n\nKwon lashed out at Seoul.');
    await db.term.create({ data: { projectId: q.projectId, source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' } });
    await run(q);
    expect(sentTexts()).toContain('<x id="n1">권정근</x> lashed out at Seoul.');
  });
});

describe('an original form glossing a phrase', () => {
  it('`Ministry of Unification(통일부)` is proposed as the whole phrase (a term): "Unification" or "Korea" alone stay free', async () => {
    const p = await seedProject(
      'The Ministry of Unification(통일부) said so.\n\nThe Unification Ministry and North Korea agreed; the Workers’ Party of Korea(조선로동당) met.',
    );
    const terms = await db.term.findMany({ where: { projectId: p.projectId }, orderBy: { source: 'asc' } });
    expect(terms.map((t) => [t.source, t.target, t.kind])).toEqual([
      ['Ministry of Unification', '통일부', 'TERM'],
      ['Workers’ Party of Korea', '조선로동당', 'TERM'],
    ]);
    await run(p);
    const sent = sentTexts();
    expect(sent).toContain('The <x id="t1">통일부</x> said so.');
    expect(sent).toContain('The Unification Ministry and North Korea agreed; the <x id="t1">조선로동당</x> met.');
  });
});

describe('names given with Hanja', () => {
  it('get Hangul, not Hanja, as their Korean form: a well-known one at once (gloss sent once), another as candidates', async () => {
    const p = await seedProject('Former President Moon Jae-in (文在寅) said so.\n\nLater Kim Sang-hyup (金相協) spoke.');
    const moon = await db.term.findFirstOrThrow({ where: { projectId: p.projectId, source: 'Moon Jae-in' } });
    expect(moon).toMatchObject({ target: '문재인', status: 'PROPOSED' });
    expect(moon.note).toContain('hanja: 文在寅');
    const kim = await db.term.findFirstOrThrow({ where: { projectId: p.projectId, source: 'Kim Sang-hyup' } });
    expect(kim.target).toBe('');
    expect((JSON.parse(kim.candidates) as { target: string }[]).slice(0, 3).map((c) => c.target)).toContain('김상협');
    await run(p);
    expect(sentTexts()).toContain('Former President <x id="n1">문재인</x> said so.');
    expect(sentTexts().join('\n')).not.toContain('<x id="n1">文在寅</x>');
  });
});

describe('names without Hangul', () => {
  it('are proposed with ranked candidates and an empty target; QA says "name not vetted" until one is picked', async () => {
    const p = await seedProject(FIXTURE);
    const list = await call(termsRoute.GET, 'GET', `/api/v1/projects/${p.projectId}/terms`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.projectId },
    });
    expect(list.status).toBe(200);
    const terms = (list.json.terms ?? list.json) as {
      source: string;
      target: string;
      status: string;
      candidates: { target: string; score: number }[];
    }[];
    const oh = terms.find((t) => t.source === 'Oh Gyeong-seop')!;
    const kim = terms.find((t) => t.source === 'Kim Jong-un')!;
    expect(oh).toMatchObject({ target: '', status: 'PROPOSED' });
    expect(oh.candidates.slice(0, 3).map((c) => c.target)).toContain('오경섭');
    expect(kim.candidates.slice(0, 3).map((c) => c.target)).toContain('김정은');
    expect(kim.candidates[0]!.score).toBeGreaterThanOrEqual(kim.candidates[1]!.score);
    expect(terms.some((t) => t.source === 'Donald Trump' || t.source === 'Hanoi')).toBe(false);

    const seg = await db.segment.findFirstOrThrow({ where: { documentId: p.documentId, sourceText: { contains: 'Oh Gyeong-seop' } } });
    const qa = async (lang?: string) =>
      (
        await call(qaRoute.GET, 'GET', `/api/v1/segments/${seg.id}/qa`, {
          token: p.users.TRANSLATOR.token,
          params: { id: seg.id },
          ...(lang ? { query: { lang } } : {}),
        })
      ).json;
    expect(JSON.stringify((await qa()).issues)).toContain('Name not vetted');
    expect(JSON.stringify((await qa('ko')).issues)).toContain('이름이 확인되지 않았습니다');
    // Switched off with the names-and-terms check.
    await db.project.update({ where: { id: p.projectId }, data: { settings: JSON.stringify({ qaDisabledChecks: ['terms'] }) } });
    expect(JSON.stringify((await qa()).issues)).not.toContain('Name not vetted');
    await db.project.update({ where: { id: p.projectId }, data: { settings: '{}' } });
    // The owner picks 오경섭: the warning goes, and the name is now checked like any other.
    const term = await db.term.findFirstOrThrow({ where: { projectId: p.projectId, source: 'Oh Gyeong-seop' } });
    await db.term.update({ where: { id: term.id }, data: { target: '오경섭', status: 'CONFIRMED' } });
    await db.segment.update({ where: { id: seg.id }, data: { targetText: '오늘은 연구원과 이야기합니다.', state: 'DRAFT' } });
    const after = JSON.stringify((await qa()).issues);
    expect(after).not.toContain('Name not vetted');
    expect(after).toContain('오경섭');
  });
});
