// Navigation and the side panel: filters, search, replace with preview, revision history with a
// word diff, glossary hits with one-key insertion.
import { expect, test } from '@playwright/test';
import { apiSignIn, DEMO } from '../support/fixtures';
import { createDoc, editorIn, openEditor, PARAGRAPHS, row, segmentsOf } from './helpers';

test('filters by state, searches source and target (plain and regex), and replaces in targets with a preview', async ({ page }) => {
  const docId = await createDoc(page.request, PARAGRAPHS);
  const segs = await segmentsOf(page.request, docId);
  await page.request.patch(`/api/v1/segments/${segs[0]!.id}`, { data: { target: '북한은 북한이다', state: 'TRANSLATED', version: 1 } });
  await page.request.patch(`/api/v1/segments/${segs[1]!.id}`, { data: { target: '북한의 입장', version: 1 } });
  await openEditor(page, docId, undefined, '?s=3');

  await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('DRAFT');
  await expect(page.locator('[data-segment-id]')).toHaveCount(1);
  await expect(page.getByTestId('shown-count')).toHaveText('1 of 5');
  await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('unconfirmed');
  await expect(page.locator('[data-segment-id]')).toHaveCount(4);
  await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('all');

  await page.getByRole('searchbox', { name: 'Search' }).fill('border');
  await expect(page.locator('[data-segment-id]')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search' }).fill('^(Seoul|Neither)');
  await expect(page.locator('[data-segment-id]')).toHaveCount(0);
  await page.getByLabel('Regex').check();
  await expect(page.locator('[data-segment-id]')).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Search' }).fill('북한');
  await page.getByRole('combobox', { name: 'Search in' }).selectOption('target');
  await expect(page.locator('[data-segment-id]')).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');

  await page.getByRole('button', { name: 'Replace…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace in targets' });
  await dialog.getByLabel('Find').fill('북한');
  await dialog.getByLabel('Replace with').fill('조선');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByTestId('replace-preview').locator('li')).toHaveCount(2);
  await expect(dialog.getByTestId('replace-preview')).toContainText('조선');
  expect((await segmentsOf(page.request, docId))[0]!.targetText).toBe('북한은 북한이다');
  // Untick the second segment, apply to the first only.
  await dialog.getByTestId('replace-preview').locator('li').nth(1).getByRole('checkbox').uncheck();
  await dialog.getByRole('button', { name: /Replace in 1 segment/ }).click();
  await expect(dialog.getByRole('status')).toContainText('Replaced in 1 segments; 0 skipped');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(row(page, 1).locator('[data-side="target"]')).toHaveText('조선은 조선이다');
  const after = await segmentsOf(page.request, docId);
  expect(after.slice(0, 2).map((s) => s.targetText)).toEqual(['조선은 조선이다', '북한의 입장']);

  // The replacement is a revision; the history diff shows it word by word.
  await row(page, 1).getByRole('button', { name: 'Edit segment 1' }).click();
  const history = page.getByRole('complementary').locator('section', { has: page.getByRole('heading', { name: 'History' }) });
  await expect(history.locator('.revisions li')).toHaveCount(2);
  await expect(history.locator('.revisions li').first()).toContainText('replace');
  await expect(page.getByTestId('revision-diff').locator('del').first()).toHaveText('북한');
  await expect(page.getByTestId('revision-diff').locator('ins').first()).toHaveText('조선');
});

test('glossary terms are highlighted in the source and inserted with Ctrl+Shift+number', async ({ page }) => {
  await apiSignIn(page.request, DEMO.owner);
  const project = await (await page.request.post('/api/v1/projects', { data: { name: `Glossary ${Date.now()}` } })).json();
  const doc = await (await page.request.post(`/api/v1/projects/${project.id}/documents`, {
    data: { title: 'Names', content: 'Kwon Jong-gun met the envoy at the ceasefire line.\n\nNothing here.', format: 'text' },
  })).json();
  for (const term of [
    { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' },
    { source: 'ceasefire line', target: '정전선', status: 'PROPOSED' },
  ]) expect((await page.request.post(`/api/v1/projects/${project.id}/terms`, { data: term })).status()).toBe(201);

  await openEditor(page, doc.id, DEMO.owner);
  const source = row(page, 1).locator('[data-side="source"]');
  await expect(source.locator('mark.term')).toHaveCount(2);
  await expect(source.locator('mark.term-NAME')).toHaveText('Kwon Jong-gun');
  await expect(source.locator('mark.term-proposed')).toHaveText('ceasefire line');
  await expect(page.getByTestId('glossary-hits')).toContainText('proposed');

  await page.keyboard.press('Control+Shift+Digit1');
  await page.keyboard.type('은 ');
  await page.keyboard.press('Control+Shift+Digit2');
  await expect(editorIn(page)).toHaveText('권정근은 정전선');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  // Suggestions are an empty slot for now: Ctrl+1 inserts nothing and says so.
  await page.keyboard.press('Control+Digit1');
  await expect(editorIn(page)).toHaveText('권정근은 정전선');
});
