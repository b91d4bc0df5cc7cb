// Review (issue #7) end to end. The editor page does not mount the review components yet
// (app/(workbench)/documents/[id]/_review/*), so the covered flow drives annotations and decisions
// through the API, in each role's own session, and checks the quality page and its exports in the
// browser. The second test runs the same flow in the editor with the mouse and the keyboard.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { apiSignIn, DEMO } from '../support/fixtures';

async function session(playwright: { request: { newContext: (o: { baseURL: string }) => Promise<APIRequestContext> } }, email: string) {
  const ctx = await playwright.request.newContext({ baseURL: BASE_URL });
  await apiSignIn(ctx, email);
  return ctx;
}

async function demoDocument(api: APIRequestContext) {
  const projects = (await (await api.get('/api/v1/projects')).json()).projects as { id: string; name: string }[];
  const demo = projects.find((p) => p.name === 'Korean Peninsula Today (demo)')!;
  const project = await (await api.get(`/api/v1/projects/${demo.id}`)).json();
  const documentId = (project.documents.find((d: { title: string }) => d.title.startsWith('Seoul and Pyongyang')) ?? project.documents[0]).id as string;
  const segments = (await (await api.get(`/api/v1/documents/${documentId}/segments`)).json()).segments as { id: string; version: number; state: string; targetText: string; sourceText: string; doNotTranslate: boolean }[];
  return { documentId, segments };
}

test('a reviewer annotates, the translator replies and fixes, the reviewer resolves and approves; the quality page follows', async ({ page, playwright }) => {
  const reviewer = await session(playwright, DEMO.reviewer);
  const translator = await session(playwright, DEMO.translator);
  const { documentId, segments } = await demoDocument(reviewer);
  const seg = segments.find((s) => !s.doNotTranslate && s.state !== 'APPROVED')!;

  // The translator translates and confirms.
  let res = await translator.patch(`/api/v1/segments/${seg.id}`, { data: { target: '북한은 새로운 미사일을 발사했다.', state: 'TRANSLATED', version: seg.version } });
  expect(res.status(), await res.text()).toBe(200);
  let version = (await res.json()).version as number;

  // The reviewer annotates "새로운 미사일" (major terminology) and mentions the translator.
  const text = '북한은 새로운 미사일을 발사했다.';
  const start = text.indexOf('새로운 미사일');
  res = await reviewer.post(`/api/v1/segments/${seg.id}/annotations`, { data: { side: 'target', start, end: start + 7, category: 'terminology', severity: 'major', comment: 'Use the glossary term. @Demo Translator' } });
  expect(res.status(), await res.text()).toBe(201);
  const annotation = await res.json();
  expect(annotation.quote).toBe('새로운 미사일');

  // Bulk approve refuses the segment while the major annotation is open.
  res = await reviewer.post(`/api/v1/documents/${documentId}/approve`, { data: { segmentIds: [seg.id] } });
  const bulk = await res.json();
  expect(bulk.approved).toHaveLength(0);
  expect(bulk.skipped[0].reasons.map((r: { code: string }) => r.code)).toContain('open_major');

  // The quality page shows the penalty.
  await apiSignIn(page.request, DEMO.reviewer);
  await page.goto(`/documents/${documentId}/quality`);
  await expect(page.getByRole('heading', { name: 'Quality report' })).toBeVisible();
  await expect(page.getByTestId('quality-penalty')).toHaveText('5');
  await expect(page.getByTestId('quality-table').locator('tr[data-category="terminology"]')).toContainText('5');

  // The translator replies and edits before the annotated words: the annotation stays on them.
  res = await translator.post(`/api/v1/annotations/${annotation.id}/replies`, { data: { body: 'Fixed the rest of the sentence.' } });
  expect(res.status()).toBe(201);
  res = await translator.patch(`/api/v1/segments/${seg.id}`, { data: { target: '오늘 북한은 새로운 미사일을 시험 발사했다.', version } });
  expect(res.status(), await res.text()).toBe(200);
  version = (await res.json()).version;
  const listed = await (await reviewer.get(`/api/v1/segments/${seg.id}/annotations`)).json();
  expect(listed.annotations[0]).toMatchObject({ detached: false, start: 7, end: 14, replies: [{ body: 'Fixed the rest of the sentence.' }] });

  // The reviewer resolves and approves; the translator can no longer edit.
  res = await reviewer.patch(`/api/v1/annotations/${annotation.id}`, { data: { status: 'resolved' } });
  expect((await res.json()).status).toBe('resolved');
  res = await reviewer.post(`/api/v1/segments/${seg.id}/approve`, { data: { version } });
  expect(res.status(), await res.text()).toBe(200);
  expect((await res.json()).state).toBe('APPROVED');
  res = await translator.patch(`/api/v1/segments/${seg.id}`, { data: { target: '고침', version: version + 1 } });
  expect(res.status()).toBe(403);

  // Resolved annotations carry no penalty; exports are downloadable.
  await page.reload();
  await expect(page.getByTestId('quality-penalty')).toHaveText('0');
  await expect(page.getByTestId('quality-result')).toHaveText('Pass');
  const csv = await page.request.get(`/api/v1/documents/${documentId}/quality?format=csv`);
  expect(csv.headers()['content-type']).toMatch(/text\/csv/);
  expect(await csv.text()).toContain('terminology,terminology');
  const ld = await (await page.request.get(`/api/v1/documents/${documentId}/annotations.jsonld`)).json();
  expect(ld['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(ld.first.items.some((i: { target: { selector: { exact?: string }[] } }) => i.target.selector[0]!.exact === '새로운 미사일')).toBe(true);

  await reviewer.dispose();
  await translator.dispose();
});

// FIXME: needs the editor (app/(workbench)/documents/[id]/_components/side-panel.tsx and
// active-editor.tsx) to mount AnnotationPanel, AnnotationForm (through the panel's `selection`),
// DecisionBar and ReviewDiff from ../_review, and to register AnnotationMark in the editor.
test('in the editor: the reviewer annotates with the mouse and the keyboard, the translator replies and fixes, the reviewer resolves and approves', async ({ page, browser, playwright }) => {
  const owner = await session(playwright, DEMO.owner);
  const projects = (await (await owner.get('/api/v1/projects')).json()).projects as { id: string; name: string }[];
  const projectId = projects.find((p) => p.name === 'Korean Peninsula Today (demo)')!.id;
  const created = await owner.post(`/api/v1/projects/${projectId}/documents`, { data: { title: `Review e2e ${Date.now()}`, content: 'North Korea launched a new missile.\n\nSeoul said nothing.' } });
  expect(created.status(), await created.text()).toBe(201);
  const documentId = (await created.json()).id as string;
  const translator = await session(playwright, DEMO.translator);
  const segs = (await (await translator.get(`/api/v1/documents/${documentId}/segments`)).json()).segments as { id: string; version: number }[];
  const seg = segs[0]!;
  const saved = await translator.patch(`/api/v1/segments/${seg.id}`, { data: { target: '북한은 새로운 미사일을 발사했다.', state: 'TRANSLATED', version: seg.version } });
  expect(saved.status(), await saved.text()).toBe(200);

  await apiSignIn(page.request, DEMO.reviewer);
  await page.goto(`/documents/${documentId}`);
  const row = page.locator(`[data-segment-id="${seg.id}"]`);
  await row.click();
  await expect(row).toHaveAttribute('aria-current', 'true');

  // Mouse: select words of the source, click "Annotate selection", pick category and severity, comment.
  await row.locator('[data-side="source"]').getByText('North Korea launched a new missile.').selectText();
  await page.getByRole('button', { name: /Annotate selection/ }).click();
  const form = page.getByRole('form', { name: 'New annotation' });
  await expect(form.getByTestId('annotation-quote')).toHaveText('North Korea launched a new missile.');
  await form.getByLabel(/Terminology/).check();
  await form.getByLabel(/Major/).check();
  await form.getByLabel('Comment').fill('Use the glossary term.');
  await form.getByRole('button', { name: /Add/ }).click();
  const threads = page.getByTestId('annotation-thread');
  await expect(threads).toHaveCount(1);

  // Keyboard: select the first two characters of the target, Ctrl+Alt+M, "5" (terminology), "j" (major), comment, Ctrl+Enter.
  await row.locator('[data-side="target"] .ProseMirror').click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Alt+m');
  await expect(form.getByTestId('annotation-quote')).toHaveText('북한');
  await page.keyboard.press('5');
  await page.keyboard.press('j');
  await page.keyboard.type('Subject particle.');
  await page.keyboard.press('Control+Enter');
  await expect(threads).toHaveCount(2);

  // The translator replies and fixes the text; the annotations stay on their words.
  const tContext = await browser.newContext();
  const tPage = await tContext.newPage();
  await apiSignIn(tPage.request, DEMO.translator);
  await tPage.goto(`/documents/${documentId}`);
  await tPage.locator(`[data-segment-id="${seg.id}"]`).click();
  const thread = tPage.getByTestId('annotation-thread').first();
  await thread.getByLabel('Reply').fill('Fixed.');
  await thread.getByRole('button', { name: 'Send' }).click();
  await expect(thread.getByTestId('annotation-reply')).toContainText('Fixed.');
  // …and fixes the sentence after the annotated words: the annotation on "북한" stays on it.
  await tPage.locator(`[data-segment-id="${seg.id}"] [data-side="target"] .ProseMirror`).click();
  await tPage.keyboard.press('End');
  await tPage.keyboard.type(' 오늘 아침에.');
  await expect(tPage.getByTestId('save-status')).toHaveText('All changes saved');
  await tContext.close();
  const listed = (await (await translator.get(`/api/v1/segments/${seg.id}/annotations`)).json()).annotations as { quote: string; detached: boolean; start: number }[];
  expect(listed.find((a) => a.quote === '북한')).toMatchObject({ detached: false, start: 0 });

  // The reviewer resolves both threads and approves with Ctrl+Enter in review mode.
  await page.reload();
  await row.click();
  await expect(threads).toHaveCount(2);
  for (const th of await threads.all()) await th.getByRole('button', { name: 'Resolve' }).click();
  await page.getByLabel(/Review mode/).check();
  await page.keyboard.press('Control+Enter');
  await expect(row.locator('.badge.s-APPROVED')).toBeVisible();
  const after = (await (await translator.get(`/api/v1/documents/${documentId}/segments`)).json()).segments[0];
  expect(after.state).toBe('APPROVED');
});
