// Saving: conflicts between two people, offline editing, unsaved edits surviving a reload.
import { expect, test } from '@playwright/test';
import { DEMO } from '../support/fixtures';
import { createDoc, editorIn, editorMounted, newSignedInPage, PARAGRAPHS, row, segmentsOf } from './helpers';

test('two people edit one segment: the second gets the conflict view and nothing is overwritten silently', async ({ browser, request }) => {
  const docId = await createDoc(request, PARAGRAPHS);
  const a = await newSignedInPage(browser, DEMO.translator);
  const b = await newSignedInPage(browser, DEMO.reviewer);
  await a.page.goto(`/documents/${docId}?s=1`);
  await b.page.goto(`/documents/${docId}?s=1`);
  await expect(editorMounted(a.page)).toBeFocused();
  await expect(editorMounted(b.page)).toBeFocused();

  // B types while offline (so B's save is queued on version 1), A saves first.
  await b.context.setOffline(true);
  await b.page.keyboard.type('검토자의 번역');
  await expect(b.page.getByTestId('save-status')).toHaveText(/Offline — 1 unsaved|1 unsaved/);
  await a.page.keyboard.type('번역가의 번역');
  await expect(a.page.getByTestId('save-status')).toHaveText('All changes saved');
  await b.context.setOffline(false);

  const dialog = b.page.getByRole('dialog', { name: /changed by someone else/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('conflict-theirs')).toHaveText('번역가의 번역');
  await expect(dialog.getByTestId('conflict-mine')).toHaveText('검토자의 번역');
  let segs = await segmentsOf(request, docId);
  expect(segs[0]!.targetText).toBe('번역가의 번역');

  // Keep mine: re-saved on top of their version.
  await dialog.getByRole('button', { name: 'Keep mine' }).click();
  await expect(dialog).toBeHidden();
  await expect(b.page.getByTestId('save-status')).toHaveText('All changes saved');
  segs = await segmentsOf(request, docId);
  expect(segs[0]!.targetText).toBe('검토자의 번역');
  expect(segs[0]!.version).toBe(3);

  // A's view picks up B's saved text without a reload.
  await expect(editorIn(a.page)).toHaveText('검토자의 번역');
  await a.context.close();
  await b.context.close();
});

test('take theirs and edit merged resolve a conflict too', async ({ browser, request }) => {
  const docId = await createDoc(request, PARAGRAPHS);
  const b = await newSignedInPage(browser, DEMO.reviewer);
  await b.page.goto(`/documents/${docId}?s=2`);
  await expect(editorMounted(b.page)).toBeFocused();
  const segs = await segmentsOf(request, docId);

  await b.context.setOffline(true);
  await b.page.keyboard.type('내 글');
  await request.patch(`/api/v1/segments/${segs[1]!.id}`, { data: { target: '그들의 글', version: 1 } });
  await b.context.setOffline(false);
  const dialog = b.page.getByRole('dialog', { name: /changed by someone else/ });
  await dialog.getByRole('button', { name: 'Take theirs' }).click();
  await expect(editorIn(b.page)).toHaveText('그들의 글');
  await expect(b.page.getByTestId('save-status')).toHaveText('All changes saved');

  await b.context.setOffline(true);
  await editorIn(b.page).press('End');
  await b.page.keyboard.type(' 추가');
  await request.patch(`/api/v1/segments/${segs[1]!.id}`, { data: { target: '그들의 새 글', version: 2 } });
  await b.context.setOffline(false);
  await dialog.getByRole('button', { name: 'Edit merged' }).click();
  await expect(row(b.page, 2).locator('.merge-ref')).toContainText('그들의 새 글');
  await editorIn(b.page).press('End');
  await b.page.keyboard.type('!');
  await expect(b.page.getByTestId('save-status')).toHaveText('All changes saved');
  const after = await segmentsOf(request, docId);
  expect(after[1]!.targetText).toBe('그들의 글 추가!');
  expect(after[1]!.version).toBe(4);
  await b.context.close();
});

test('edits made offline are kept, shown as unsaved, and saved on reconnect', async ({ browser, request }) => {
  const docId = await createDoc(request, PARAGRAPHS);
  const { context, page } = await newSignedInPage(browser, DEMO.translator);
  await page.goto(`/documents/${docId}`);
  await expect(editorMounted(page)).toBeFocused();
  await context.setOffline(true);
  await page.keyboard.type('오프라인 첫째');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type('오프라인 둘째');
  await page.keyboard.press('Control+ArrowDown');
  await expect(page.getByTestId('save-status')).toHaveText('Offline — 2 unsaved');
  await expect(row(page, 1).getByText('unsaved')).toBeVisible();
  expect((await segmentsOf(request, docId))[0]!.targetText).toBe('');

  await context.setOffline(false);
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  const segs = await segmentsOf(request, docId);
  expect(segs.slice(0, 2).map((s) => [s.targetText, s.state])).toEqual([
    ['오프라인 첫째', 'TRANSLATED'],
    ['오프라인 둘째', 'DRAFT'],
  ]);
  await context.close();
});

test('a reload with unsaved edits restores them from browser storage and saves them', async ({ page, request }) => {
  const docId = await createDoc(request, PARAGRAPHS);
  await page.request.post('/api/v1/auth/session', { data: { email: DEMO.translator, password: 'demo-pass-2026' } });
  // The server is unreachable for saves: the edit stays in the browser only.
  await page.route('**/api/v1/segments/*', (route) =>
    route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.goto(`/documents/${docId}?s=3`);
  await expect(editorIn(page)).toBeFocused();
  await page.keyboard.type('새로고침 전에 쓴 글');
  await expect(page.getByTestId('save-status')).toHaveText('Offline — 1 unsaved');

  await page.unroute('**/api/v1/segments/*');
  // Hold the replay after the reload until the restored text has been seen.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/v1/segments/*', async (route) => {
    if (route.request().method() === 'PATCH') await held;
    await route.continue();
  });
  await page.reload();
  await expect(row(page, 3)).toHaveAttribute('aria-current', 'true');
  await expect(editorIn(page)).toHaveText('새로고침 전에 쓴 글');
  await expect(row(page, 3).getByText('unsaved', { exact: true })).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText(/Saving…|1 unsaved/);
  release();
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  const segs = await segmentsOf(request, docId);
  expect(segs[2]!.targetText).toBe('새로고침 전에 쓴 글');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('wb:unsaved:')).length)).toBe(0);
});
