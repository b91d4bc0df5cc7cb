// The server-rendered first screen (issue #20 item 3): the active segment's target is a plain
// editable element, focused before any of the app's JavaScript has run; what is typed there is
// handed over to TipTap when it mounts (text, caret, unsaved state, so autosave saves it), in the
// same box. The app's script chunks are held back with page.route to type before hydration (the
// stylesheets, also under /_next/static/chunks/, pass: they are not the app's code, and a held
// stylesheet would hold the page's first paint too).
import { expect, test, type Page, type Route } from '@playwright/test';
import { apiSignIn, DEMO } from '../support/fixtures';
import { createDoc, editorIn, PARAGRAPHS, segmentsOf } from './helpers';

const tiptap = (page: Page) => page.locator('.ProseMirror[data-testid="segment-editor"]');

async function holdScripts(page: Page) {
  const held: Route[] = [];
  let holding = true;
  await page.route(/\/_next\/static\/chunks\/.*\.js(\?.*)?$/, (route) => (holding ? held.push(route) : route.continue()));
  return async () => {
    holding = false;
    for (const r of held.splice(0)) await r.continue();
  };
}

test('typed before the scripts load: kept, caret where it was, saved', async ({ page, request }) => {
  const docId = await createDoc(request, PARAGRAPHS);
  await apiSignIn(page.request, DEMO.translator);
  const release = await holdScripts(page);
  await page.goto(`/documents/${docId}?s=2`, { waitUntil: 'commit' });

  const plain = editorIn(page);
  await expect(plain).toBeFocused();
  await expect(plain).toHaveAttribute('contenteditable', 'plaintext-only');
  await expect(plain).toHaveAttribute('role', 'textbox');
  await expect(plain).toHaveAttribute('aria-multiline', 'true');
  await expect(plain).toHaveAccessibleName('Korean translation of segment 2');
  await expect(page.locator('[data-segment-id][data-number="5"]')).toContainText('Analysts expect a second round');
  await page.keyboard.type('회담이 재개됐다');
  await page.keyboard.press('ArrowLeft'); // the caret before 다
  await expect(tiptap(page)).toHaveCount(0); // still the plain element: no script has run
  const before = await plain.boundingBox();

  await release();
  await expect(tiptap(page)).toBeFocused();
  const after = await tiptap(page).boundingBox();
  expect(Math.abs(after!.x - before!.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(after!.y - before!.y)).toBeLessThanOrEqual(1);
  expect(Math.abs(after!.width - before!.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(after!.height - before!.height)).toBeLessThanOrEqual(1);

  await page.keyboard.type('었');
  await expect(tiptap(page)).toHaveText('회담이 재개됐었다');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  expect((await segmentsOf(request, docId))[1]!.targetText).toBe('회담이 재개됐었다');
  await page.reload();
  await expect(tiptap(page)).toHaveText('회담이 재개됐었다');
});

test('typed before the scripts load, and they never came: shown at once and saved at the next load', async ({ page, context, request }) => {
  const docId = await createDoc(request, PARAGRAPHS);
  await apiSignIn(page.request, DEMO.translator);
  await holdScripts(page);
  await page.goto(`/documents/${docId}?s=2`, { waitUntil: 'commit' });
  await expect(editorIn(page)).toBeFocused();
  await page.keyboard.type('연결이 끊겼다');
  await page.close(); // the connection was lost: no script of the app ever ran
  expect((await segmentsOf(request, docId))[1]!.targetText).toBe('');

  const next = await context.newPage();
  const release = await holdScripts(next);
  await next.goto(`/documents/${docId}?s=2`, { waitUntil: 'commit' });
  await expect(editorIn(next)).toHaveText('연결이 끊겼다'); // from the browser's storage, before any script
  await expect(editorIn(next)).toBeFocused();
  await next.keyboard.type('고');
  await release();
  await expect(tiptap(next)).toHaveText('연결이 끊겼다고');
  await expect(next.getByTestId('save-status')).toHaveText('All changes saved');
  expect((await segmentsOf(request, docId))[1]!.targetText).toBe('연결이 끊겼다고');
});

test('paste into the plain editor is plain text; a line break by Shift+Enter is kept', async ({ page, request }) => {
  const docId = await createDoc(request, PARAGRAPHS);
  await apiSignIn(page.request, DEMO.translator);
  const release = await holdScripts(page);
  await page.goto(`/documents/${docId}?s=1`, { waitUntil: 'commit' });
  await expect(editorIn(page)).toBeFocused();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/html', '<b>굵은</b> 글');
    data.setData('text/plain', '굵은 글');
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.keyboard.press('Enter'); // does nothing, as in the segment editor
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('둘째 줄');
  await expect(editorIn(page).locator('b')).toHaveCount(0);
  await release();
  await expect(tiptap(page)).toBeFocused();
  await page.keyboard.type('!');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  expect((await segmentsOf(request, docId))[0]!.targetText).toBe('굵은 글\n둘째 줄!');
});

test('a composition in progress is handed over only when it ends', async ({ page, request }) => {
  const docId = await createDoc(request, PARAGRAPHS);
  await apiSignIn(page.request, DEMO.translator);
  const release = await holdScripts(page);
  await page.goto(`/documents/${docId}?s=3`, { waitUntil: 'commit' });
  await expect(editorIn(page)).toBeFocused();
  const cdp = await page.context().newCDPSession(page);
  await page.keyboard.type('가');
  await cdp.send('Input.imeSetComposition', { text: 'ㄴ', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: '나', selectionStart: 1, selectionEnd: 1 });
  await release();
  // Scripts ran (the page hydrated) but the plain element is kept while composing.
  await page.waitForFunction(() => Object.keys(document).some((k) => k.startsWith('__reactContainer')));
  await page.waitForTimeout(500);
  await expect(editorIn(page)).toHaveAttribute('data-composing', '1');
  await expect(tiptap(page)).toHaveCount(0);
  await cdp.send('Input.insertText', { text: '나' });
  // Typed at once, around the hand-over (which follows compositionend): nothing lost, nothing doubled.
  await page.keyboard.type('다');
  await expect(tiptap(page)).toBeFocused();
  await expect(tiptap(page)).toHaveText('가나다');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  expect((await segmentsOf(request, docId))[2]!.targetText).toBe('가나다');
});

test('with scripts loading normally the editor opens focused, and a long document opens on its row', async ({ page, request }) => {
  const paragraphs = Array.from({ length: 300 }, (_, i) => `Paragraph ${i + 1} of a long report.`);
  const docId = await createDoc(request, paragraphs);
  await apiSignIn(page.request, DEMO.translator);
  await page.goto(`/documents/${docId}?s=150`);
  await expect(tiptap(page)).toBeFocused();
  await expect(page.locator('[data-segment-id][aria-current="true"]')).toHaveAttribute('data-number', '150');
  await page.keyboard.type('보고서');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  expect((await segmentsOf(request, docId))[149]!.targetText).toBe('보고서');
});

test("a document one may not see is a 404 page, the first screen's read included", async ({ page }) => {
  await apiSignIn(page.request, DEMO.translator);
  const res = await page.goto('/documents/no-such-document');
  expect(res!.status()).toBe(404);
  await expect(editorIn(page)).toHaveCount(0);
});
