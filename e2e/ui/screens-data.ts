// Fixed demo data for the screenshot suite (screens.spec.ts): its own project, owned by its own account
// (so the project list shows this project alone, whatever other specs created), with two documents in
// several states, a glossary, review annotations and one published edition. Written once per server
// run: a second call (a retry) finds the account and reuses the project.
import { expect, request as pwRequest, type APIRequestContext } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { apiSignIn, DEMO } from '../support/fixtures';

export const LEAD = { email: 'lead@screens.test', password: 'screens-pass-2026', name: '김민지' };
const PROJECT = 'Border Village Talks (screens)';

const DOC1 = [
  'Border Village Talks Resume',
  'The talks resumed on Monday after a long pause.',
  'Officials from both sides met at the border village of Panmunjom.',
  'Neither side made a statement afterwards.',
  'Analysts expect a second round next month.',
  'The Ministry of Unification said it would brief reporters on Friday.',
];
const KO1 = [
  '국경 마을 회담 재개',
  '오랜 중단 끝에 월요일 회담이 재개되었다.',
  '양측 관리들이 판문점 국경 마을에서 만났다.',
  '어느 쪽도 이후 성명을 내지 않았다.',
];
const DOC2 = [
  'A Quiet Week on the Peninsula',
  'Trains ran again between the two cities for the first time in years.',
  'Families waited at the station from early morning.',
];
export const ALIGN_KO = [
  '한반도의 조용한 한 주',
  '몇 년 만에 처음으로 두 도시 사이에 기차가 다시 달렸다.',
  '가족들은 이른 아침부터 역에서 기다렸다.',
].join('\n\n');

export interface ScreensData {
  projectId: string;
  doc1: string;
  doc2: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API bodies read by shape in a fixture
async function ok(res: Awaited<ReturnType<APIRequestContext['get']>>, status = 200): Promise<any> {
  expect(res.status(), await res.text()).toBe(status);
  return res.json();
}

async function segments(r: APIRequestContext, docId: string) {
  const body = await ok(await r.get(`/api/v1/documents/${docId}/segments`));
  return body.segments as { id: string; position: number; version: number }[];
}

export async function leadRequest(): Promise<APIRequestContext> {
  return pwRequest.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { origin: BASE_URL } });
}

async function existing(lead: APIRequestContext): Promise<ScreensData | null> {
  const res = await lead.post('/api/v1/auth/session', { data: { email: LEAD.email, password: LEAD.password } });
  if (res.status() !== 200) return null;
  const projects = (await ok(await lead.get('/api/v1/projects'))).projects as { id: string; name: string }[];
  const p = projects.find((x) => x.name === PROJECT);
  if (!p) return null;
  const docs = (await ok(await lead.get(`/api/v1/projects/${p.id}`))).documents as { id: string; title: string }[];
  return { projectId: p.id, doc1: docs[0]!.id, doc2: docs[1]!.id };
}

export async function screensData(): Promise<ScreensData> {
  const lead = await leadRequest();
  const found = await existing(lead);
  if (found) return found;
  // The demo owner opens the project and invites the lead as its owner; the translator and reviewer join.
  const owner = await leadRequest();
  await apiSignIn(owner, DEMO.owner);
  const projectId = (await ok(await owner.post('/api/v1/projects', { data: { name: PROJECT, sourceLang: 'en', targetLang: 'ko' } }), 201))
    .id;
  const invite = await ok(await owner.post(`/api/v1/projects/${projectId}/invites`, { data: { email: LEAD.email, role: 'OWNER' } }), 201);
  const token = String(invite.path).split('/').pop();
  await ok(await lead.post('/api/v1/invites/accept', { data: { token, name: LEAD.name, password: LEAD.password } }));
  await ok(await lead.post('/api/v1/auth/session', { data: { email: LEAD.email, password: LEAD.password } }));
  for (const [email, role] of [
    [DEMO.translator, 'TRANSLATOR'],
    [DEMO.reviewer, 'REVIEWER'],
  ] as const)
    await ok(await lead.post(`/api/v1/projects/${projectId}/members`, { data: { email, role } }), 201);

  const newDoc = async (title: string, paras: string[]) =>
    (
      await ok(
        await lead.post(`/api/v1/projects/${projectId}/documents`, { data: { title, content: paras.join('\n\n'), format: 'text' } }),
        201,
      )
    ).id as string;
  const doc1 = await newDoc('Border Village Talks Resume', DOC1);
  const doc2 = await newDoc('A Quiet Week on the Peninsula', DOC2);

  for (const [source, target, kind] of [
    ['Panmunjom', '판문점', 'NAME'],
    ['Ministry of Unification', '통일부', 'TERM'],
    ['border village', '국경 마을', 'TERM'],
  ]) {
    // Importing may already have found a name (409 term_exists): give it its Korean form instead.
    const res = await lead.post(`/api/v1/projects/${projectId}/terms`, { data: { source, target, kind } });
    if (res.status() === 409) {
      const terms = (await ok(await lead.get(`/api/v1/projects/${projectId}/terms`))).terms as { id: string; source: string }[];
      const term = terms.find((x) => x.source === source)!;
      await ok(await lead.patch(`/api/v1/terms/${term.id}`, { data: { source, target, kind, status: 'CONFIRMED' } }));
    } else await ok(res, 201);
  }

  // The translator confirms four segments of the first document and drafts one of the second.
  const translator = await leadRequest();
  await apiSignIn(translator, DEMO.translator);
  const segs1 = await segments(translator, doc1);
  for (const [i, text] of KO1.entries()) {
    const s = segs1[i]!;
    const data = { target: text, state: 'TRANSLATED', version: s.version, qaOverrideReason: 'screens fixture' };
    await ok(await translator.patch(`/api/v1/segments/${s.id}`, { data }));
  }
  const s2 = (await segments(translator, doc2))[0]!;
  await ok(
    await translator.patch(`/api/v1/segments/${s2.id}`, { data: { target: '한반도의 조용한 한 주', state: 'DRAFT', version: s2.version } }),
  );

  // The reviewer approves two, annotates two (a major terminology error, a minor style note).
  const reviewer = await leadRequest();
  await apiSignIn(reviewer, DEMO.reviewer);
  for (const s of segs1.slice(0, 2)) await ok(await reviewer.post(`/api/v1/segments/${s.id}/approve`, { data: {} }));
  await ok(
    await reviewer.post(`/api/v1/segments/${segs1[2]!.id}/annotations`, {
      data: { side: 'target', start: 3, end: 6, category: 'terminology', severity: 'major', comment: '관리들 → 당국자들' },
    }),
    201,
  );
  await ok(
    await reviewer.post(`/api/v1/segments/${segs1[3]!.id}/annotations`, {
      data: { side: 'target', start: 0, end: 4, category: 'style', severity: 'minor', comment: '어순을 다듬어 주세요.' },
    }),
    201,
  );

  // The lead publishes a first edition with an override (not every segment is approved).
  await ok(await lead.post(`/api/v1/documents/${doc1}/editions`, { data: { overrideReason: 'preview for the desk' } }), 201);
  for (const r of [owner, translator, reviewer]) await r.dispose();
  return { projectId, doc1, doc2 };
}
