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
  const documentId = (project.documents.find((d: { title: string }) => d.title.startsWith('Seoul and Pyongyang')) ?? project.documents[0])
    .id as string;
  const segments = (await (await api.get(`/api/v1/documents/${documentId}/segments`)).json()).segments as {
    id: string;
    version: number;
    state: string;
    targetText: string;
    sourceText: string;
    doNotTranslate: boolean;
  }[];
  return { documentId, segments };
}

test('a reviewer annotates, the translator replies and fixes, the reviewer resolves and approves; the quality page follows', async ({
  page,
  playwright,
}) => {
  const reviewer = await session(playwright, DEMO.reviewer);
  const translator = await session(playwright, DEMO.translator);
  const { documentId, segments } = await demoDocument(reviewer);
  const seg = segments.find((s) => !s.doNotTranslate && s.state !== 'APPROVED')!;

  // The translator translates and confirms.
  let res = await translator.patch(`/api/v1/segments/${seg.id}`, {
    data: { target: '북한은 새로운 미사일을 발사했다.', state: 'TRANSLATED', version: seg.version },
  });
  expect(res.status(), await res.text()).toBe(200);
  let version = (await res.json()).version as number;

  // The reviewer annotates "새로운 미사일" (major terminology) and mentions the translator.
  const text = '북한은 새로운 미사일을 발사했다.';
  const start = text.indexOf('새로운 미사일');
  res = await reviewer.post(`/api/v1/segments/${seg.id}/annotations`, {
    data: {
      side: 'target',
      start,
      end: start + 7,
      category: 'terminology',
      severity: 'major',
      comment: 'Use the glossary term. @Demo Translator',
    },
  });
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
  expect(listed.annotations[0]).toMatchObject({
    detached: false,
    start: 7,
    end: 14,
    replies: [{ body: 'Fixed the rest of the sentence.' }],
  });

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
  // One segment of the demo document is reviewed: the score counts its words only, and with so little
  // reviewed the result says so instead of "Pass" (issue #17 item 9: coverage beside the score).
  await expect(page.getByTestId('quality-score')).toHaveText('100');
  await expect(page.getByTestId('quality-coverage')).toContainText('words reviewed');
  await expect(page.getByTestId('quality-result')).toHaveText('Not enough reviewed');
  const csv = await page.request.get(`/api/v1/documents/${documentId}/quality?format=csv`);
  expect(csv.headers()['content-type']).toMatch(/text\/csv/);
  expect(await csv.text()).toContain('terminology,terminology');
  const ld = await (await page.request.get(`/api/v1/documents/${documentId}/annotations.jsonld`)).json();
  expect(ld['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(ld.first.items.some((i: { target: { selector: { exact?: string }[] } }) => i.target.selector[0]!.exact === '새로운 미사일')).toBe(
    true,
  );

  await reviewer.dispose();
  await translator.dispose();
});

// FIXME: needs the editor (app/(workbench)/documents/[id]/_components/side-panel.tsx and
// active-editor.tsx) to mount AnnotationPanel, AnnotationForm (through the panel's `selection`),
// DecisionBar and ReviewDiff from ../_review, and to register AnnotationMark in the editor.
test('in the editor: the reviewer annotates with the mouse and the keyboard, the translator replies and fixes, the reviewer resolves and approves', async ({
  page,
  browser,
  playwright,
}) => {
  const owner = await session(playwright, DEMO.owner);
  const projects = (await (await owner.get('/api/v1/projects')).json()).projects as { id: string; name: string }[];
  const projectId = projects.find((p) => p.name === 'Korean Peninsula Today (demo)')!.id;
  const created = await owner.post(`/api/v1/projects/${projectId}/documents`, {
    data: { title: `Review e2e ${Date.now()}`, content: 'North Korea launched a new missile.\n\nSeoul said nothing.' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const documentId = (await created.json()).id as string;
  const translator = await session(playwright, DEMO.translator);
  const segs = (await (await translator.get(`/api/v1/documents/${documentId}/segments`)).json()).segments as {
    id: string;
    version: number;
  }[];
  const seg = segs[0]!;
  const saved = await translator.patch(`/api/v1/segments/${seg.id}`, {
    data: { target: '북한은 새로운 미사일을 발사했다.', state: 'TRANSLATED', version: seg.version },
  });
  expect(saved.status(), await saved.text()).toBe(200);

  await apiSignIn(page.request, DEMO.reviewer);
  await page.goto(`/documents/${documentId}`);
  const row = page.locator(`[data-segment-id="${seg.id}"]`);
  await row.click();
  await expect(row).toHaveAttribute('aria-current', 'true');

  // Mouse: select words of the source, click "Annotate selection", pick category and severity, comment.
  await page.getByRole('tab', { name: /^Comments/ }).click();
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
  await tPage.getByRole('tab', { name: /^Comments/ }).click();
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
  const listed = (await (await translator.get(`/api/v1/segments/${seg.id}/annotations`)).json()).annotations as {
    quote: string;
    detached: boolean;
    start: number;
  }[];
  expect(listed.find((a) => a.quote === '북한')).toMatchObject({ detached: false, start: 0 });

  // The reviewer resolves both threads and approves with Ctrl+Enter in review mode. (The row is
  // already active after the reload: click its source, not its centre, where "Copy source" sits.)
  await page.reload();
  await row.locator('[data-side="source"]').click();
  await expect(threads).toHaveCount(2);
  await page.getByRole('tab', { name: /^Comments/ }).click();
  for (const th of await threads.all()) await th.getByRole('button', { name: 'Resolve' }).click();
  await page.getByLabel(/Review mode/).check();
  await page.keyboard.press('Control+Enter');
  await expect(row.locator('.badge.s-APPROVED')).toBeVisible();
  const after = (await (await translator.get(`/api/v1/documents/${documentId}/segments`)).json()).segments[0];
  expect(after.state).toBe('APPROVED');
});

// Issue #7: open annotations are drawn in the text, in the static rows and in the active editor
// (colour by severity, category and comment on hover), resolved ones are not, and the editor's
// annotation marks never reach the saved content.
test('annotations are highlighted in the rows and the active editor, move with edits, and are never saved', async ({
  page,
  playwright,
}) => {
  const owner = await session(playwright, DEMO.owner);
  const projects = (await (await owner.get('/api/v1/projects')).json()).projects as { id: string; name: string }[];
  const projectId = projects.find((p) => p.name === 'Korean Peninsula Today (demo)')!.id;
  const created = await owner.post(`/api/v1/projects/${projectId}/documents`, {
    data: { title: `Highlights e2e ${Date.now()}`, content: 'North Korea launched a new missile.\n\nSeoul said nothing.' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const documentId = (await created.json()).id as string;
  const translator = await session(playwright, DEMO.translator);
  const reviewer = await session(playwright, DEMO.reviewer);
  const segs = (await (await translator.get(`/api/v1/documents/${documentId}/segments`)).json()).segments as {
    id: string;
    version: number;
  }[];
  const seg = segs[0]!;
  const text = '북한은 새로운 미사일을 발사했다.';
  const saved = await translator.patch(`/api/v1/segments/${seg.id}`, { data: { target: text, state: 'TRANSLATED', version: seg.version } });
  expect(saved.status(), await saved.text()).toBe(200);

  const annotate = async (
    side: 'source' | 'target',
    quote: string,
    source: string,
    category: string,
    severity: string,
    comment: string,
  ) => {
    const start = source.indexOf(quote);
    const res = await reviewer.post(`/api/v1/segments/${seg.id}/annotations`, {
      data: { side, start, end: start + quote.length, category, severity, comment },
    });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()).id as string;
  };
  const termId = await annotate('target', '새로운 미사일', text, 'terminology', 'major', 'Use the glossary term.');
  const sourceId = await annotate('source', 'missile', 'North Korea launched a new missile.', 'accuracy/mistranslation', 'minor', '');
  const resolvedId = await annotate('target', '발사했다', text, 'style', 'minor', 'Fine now.');
  expect((await reviewer.patch(`/api/v1/annotations/${resolvedId}`, { data: { status: 'resolved' } })).status()).toBe(200);

  // The translator opens the document on the second segment: the first row is static.
  await apiSignIn(page.request, DEMO.translator);
  await page.goto(`/documents/${documentId}?s=2`);
  const row = page.locator(`[data-segment-id="${seg.id}"]`);
  const staticMark = row.locator(`[data-side="target"] mark.annotation[data-annotation-id="${termId}"]`);
  await expect(staticMark).toHaveText('새로운 미사일');
  await expect(staticMark).toHaveClass(/sev-major/);
  await expect(staticMark).toHaveAttribute('title', /Terminology · Major\nUse the glossary term\./);
  await expect(row.locator(`[data-side="source"] mark.annotation[data-annotation-id="${sourceId}"]`)).toHaveText('missile');
  await expect(row.locator(`[data-side="source"] mark.annotation[data-annotation-id="${sourceId}"]`)).toHaveAttribute(
    'title',
    /Accuracy: mistranslation · Minor/,
  );
  await expect(row.locator(`mark[data-annotation-id="${resolvedId}"]`)).toHaveCount(0);

  // Clicking the highlight opens the segment and picks its thread in the side panel.
  await staticMark.click();
  await expect(row).toHaveAttribute('aria-current', 'true');
  const thread = page.locator(`[data-testid="annotation-thread"][data-annotation-id="${termId}"]`);
  await expect(thread).toHaveClass(/active/);
  await expect(thread).toBeInViewport();

  // The active editor carries the same highlight (picked, so shown stronger).
  const editor = row.locator('[data-side="target"] .ProseMirror');
  const editorMark = editor.locator(`mark.annotation[data-annotation-id="${termId}"]`);
  await expect(editorMark).toHaveText('새로운 미사일');
  await expect(editorMark).toHaveAttribute('title', /Terminology · Major/);
  await expect(editorMark).toHaveAttribute('data-active', 'true');
  await expect(editor.locator(`mark[data-annotation-id="${resolvedId}"]`)).toHaveCount(0);

  // Typing before the words moves the highlight with them; the saved target holds no annotation mark.
  const saves: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PATCH' && r.url().includes(`/segments/${seg.id}`)) saves.push(r.postData() ?? '');
  });
  await editor.click();
  await page.keyboard.press('Home');
  await page.keyboard.type('오늘 ');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  await expect(editorMark).toHaveText('새로운 미사일');
  const stored = (await (await translator.get(`/api/v1/documents/${documentId}/segments`)).json()).segments[0];
  expect(stored.targetText).toBe(`오늘 ${text}`);
  expect(JSON.stringify(stored.target)).not.toContain('annotation');
  expect(stored.target).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `오늘 ${text}` }] }] });
  expect(saves.length).toBeGreaterThan(0);
  for (const body of saves) expect(body).not.toContain('annotation');
  // The server re-anchored the annotation; the panel reloads it and the mark stays on its words.
  await expect
    .poll(
      async () =>
        (await (await translator.get(`/api/v1/segments/${seg.id}/annotations`)).json()).annotations.find(
          (a: { id: string }) => a.id === termId,
        ).start,
    )
    .toBe(7);
  await expect(editorMark).toHaveText('새로운 미사일');

  // Deleting the typed words moves it back, and IME composition after the words works.
  // The selection is checked before deleting, as a person looks before pressing Delete: an overlay
  // refresh racing the keystrokes can still put back an older selection (known, see the closing note).
  await expect(async () => {
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+ArrowRight');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('오늘 ');
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press('Delete');
  await expect.poll(() => editor.textContent()).toBe(text); // exact: toHaveText would forgive a leftover space
  await expect(editorMark).toHaveText('새로운 미사일');
  await page.keyboard.press('End');
  const cdp = await page.context().newCDPSession(page);
  for (const step of ['ㅇ', '아']) await cdp.send('Input.imeSetComposition', { text: step, selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: '아' });
  await expect(editor).toHaveText(`${text}아`);
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  const after = (await (await translator.get(`/api/v1/documents/${documentId}/segments`)).json()).segments[0];
  expect(after.targetText).toBe(`${text}아`);
  expect(JSON.stringify(after.target)).not.toContain('annotation');
  await expect(editorMark).toHaveText('새로운 미사일');

  // Resolving the thread removes the highlight from the editor.
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(editor.locator('mark.annotation')).toHaveCount(0);
  await owner.dispose();
  await translator.dispose();
  await reviewer.dispose();
});
