// Shared setup of the reader specs (notes.spec.ts, sentences.spec.ts): the owner imports the fixture
// article into a fresh project, translates and approves two paragraphs (two sentences each side),
// and can publish it (the rest untranslated, with an override reason).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type APIRequestContext, type Locator } from '@playwright/test';

const fixture = readFileSync(path.join(__dirname, '../fixtures/korean-peninsula-a-to-z.en.txt'), 'utf8');

export const KO: Record<string, string> = {
  'The recent series of missile launches':
    '북한의 잇따른 미사일 발사로 남북 관계가 또다시 긴장 국면에 빠져들고 있습니다. 북한은 미국에 대화 신호를 보내면서 남한을 향한 거친 언사의 수위를 높이고 있습니다.',
  'Today, we’ll discuss':
    '오늘은 통일연구원의 오경섭 연구위원과 함께 미국에는 손을 내밀고 남한은 따돌리는 북한의 전통적인 전략 뒤에 숨은 속내를 짚어 봅니다.',
};

export interface Segment {
  id: string;
  version: number;
  sourceText: string;
  targetText: string;
  position: number;
}

export async function importFixture(request: APIRequestContext, label: string) {
  const project = await (await request.post('/api/v1/projects', { data: { name: `${label} ${Date.now()}` } })).json();
  const created = await request.post(`/api/v1/projects/${project.id}/documents`, {
    data: { title: `${label} ${Date.now()}`, content: fixture, format: 'text' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const documentId = (await created.json()).id as string;
  const segments = (await (await request.get(`/api/v1/documents/${documentId}/segments`)).json()).segments as Segment[];
  const translated: Record<string, Segment> = {};
  for (const [start, ko] of Object.entries(KO)) {
    const seg = segments.find((s) => s.sourceText.startsWith(start))!;
    const res = await request.patch(`/api/v1/segments/${seg.id}`, { data: { target: ko, state: 'APPROVED', version: seg.version } });
    expect(res.status(), await res.text()).toBe(200);
    translated[start] = { ...seg, ...(await res.json()) };
  }
  return { projectId: project.id as string, documentId, segments, translated };
}

export async function publish(request: APIRequestContext, documentId: string, body: Record<string, unknown> = {}) {
  const res = await request.post(`/api/v1/documents/${documentId}/editions`, {
    data: { overrideReason: 'Preview for readers of the notes.', ...body },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; slug: string; version: number };
}

/** Selects `words` inside `root` (across the text nodes names and marks split it into). */
export async function selectWords(root: Locator, words: string) {
  await root.evaluate((el, w) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const text = nodes.map((n) => n.data).join('');
    const at = text.indexOf(w);
    if (at < 0) throw new Error(`"${w}" not in "${text}"`);
    const locate = (offset: number): [Text, number] => {
      let o = offset;
      for (const n of nodes) {
        if (o <= n.data.length) return [n, o];
        o -= n.data.length;
      }
      throw new Error('offset out of range');
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + w.length));
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, words);
}
