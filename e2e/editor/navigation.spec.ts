// Navigation and the side panel: filters, search, replace with preview, revision history with a
// word diff, glossary hits with one-key insertion.
import { expect, test } from '@playwright/test';
import { apiSignIn, DEMO } from '../support/fixtures';
import { createDoc, demoProjectId, editorIn, openEditor, PARAGRAPHS, row, segmentsOf } from './helpers';

test('filters by state, searches source and target (plain and regex), and replaces in targets with a preview', async ({ page }) => {
  const docId = await createDoc(page.request, PARAGRAPHS);
  const segs = await segmentsOf(page.request, docId);
  await page.request.patch(`/api/v1/segments/${segs[0]!.id}`, { data: { target: '북한은 북한이다', state: 'TRANSLATED', version: 1 } });
  await page.request.patch(`/api/v1/segments/${segs[1]!.id}`, { data: { target: '북한의 입장', version: 1 } });
  await openEditor(page, docId, undefined, '?s=3');

  // The filters sit in a popover; a change may move the focus back to the editor, which closes it.
  const state = page.getByRole('combobox', { name: 'State', exact: true });
  const filterState = async (value: string) => {
    if (!(await state.isVisible())) await page.getByTestId('filters-button').click();
    await state.selectOption(value);
  };
  await filterState('DRAFT');
  await expect(page.locator('[data-segment-id]')).toHaveCount(1);
  await expect(page.getByTestId('shown-count')).toHaveText('1 of 5');
  await expect(page.getByTestId('filters-button')).toContainText('1');
  await filterState('unconfirmed');
  await expect(page.locator('[data-segment-id]')).toHaveCount(4);
  await filterState('all');

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
  await page.getByRole('tab', { name: /^History/ }).click();
  const history = page.getByRole('complementary').locator('section', { has: page.getByRole('heading', { name: 'History' }) });
  await expect(history.locator('.revisions li')).toHaveCount(2);
  await expect(history.locator('.revisions li').first()).toContainText('replace');
  await expect(page.getByTestId('revision-diff').locator('del').first()).toHaveText('북한');
  await expect(page.getByTestId('revision-diff').locator('ins').first()).toHaveText('조선');
});

test('glossary terms are highlighted in the source and inserted with Ctrl+Shift+number', async ({ page }) => {
  // Invented terms in the demo project, removed at the end, so no other spec sees them.
  const projectId = await demoProjectId(page.request);
  const docId = await createDoc(page.request, ['Zorvath Quillan met the envoy at the glimmer line.', 'Nothing here.']);
  const termIds: string[] = [];
  try {
    for (const term of [
      { source: 'Zorvath Quillan', target: '조르바스 퀼란', kind: 'NAME' },
      { source: 'glimmer line', target: '미광선', status: 'PROPOSED' },
    ]) {
      const res = await page.request.post(`/api/v1/projects/${projectId}/terms`, { data: term });
      expect(res.status()).toBe(201);
      termIds.push((await res.json()).id);
    }

    await openEditor(page, docId, DEMO.owner);
    const source = row(page, 1).locator('[data-side="source"]');
    await expect(source.locator('mark.term')).toHaveCount(2);
    await expect(source.locator('mark.term-NAME')).toHaveText('Zorvath Quillan');
    await expect(source.locator('mark.term-proposed')).toHaveText('glimmer line');
    await expect(page.getByTestId('glossary-hits')).toContainText('proposed');

    await page.keyboard.press('Control+Shift+Digit1');
    await page.keyboard.type('은 ');
    await page.keyboard.press('Control+Shift+Digit2');
    await expect(editorIn(page)).toHaveText('조르바스 퀼란은 미광선');
    await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  } finally {
    await apiSignIn(page.request, DEMO.owner);
    for (const id of termIds) await page.request.delete(`/api/v1/terms/${id}`);
  }
});
