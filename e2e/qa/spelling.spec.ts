// Korean spelling (#22): the owner sees a misspelt word underlined in the editor and listed in the
// QA panel with suggestions, adds it to the project's word list, and it is no longer flagged; a
// translator clicks a suggestion, which replaces the word in the editor (saved, undone by Ctrl+Z).
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO } from '../support/fixtures';
import { createDoc, demoProjectId, editorIn, openEditor, row, segmentsOf } from '../editor/helpers';

/** Waits until the dictionary (loaded in the background on the first QA request) flags the segment. */
async function spellingFlags(request: APIRequestContext, segmentId: string, n: number) {
  await expect
    .poll(
      async () =>
        ((await (await request.get(`/api/v1/segments/${segmentId}/qa`)).json()).issues as { check: string }[]).filter(
          (i) => i.check === 'spelling',
        ).length,
      { timeout: 60_000 },
    )
    .toBe(n);
}

test('a misspelling is underlined and listed with suggestions; added to the word list, it is no longer flagged', async ({ page }) => {
  test.setTimeout(90_000);
  const projectId = await demoProjectId(page.request);
  // Idempotent on a reused database: the word is not in the list yet.
  await page.request.delete(`/api/v1/projects/${projectId}/words?word=${encodeURIComponent('금새')}`);
  const docId = await createDoc(page.request, ['He came back in no time.', 'Officials met at the border.']);
  const [first] = await segmentsOf(page.request, docId);
  const saved = await page.request.patch(`/api/v1/segments/${first!.id}`, {
    data: { target: '그는 금새 돌아왔다.', version: first!.version },
  });
  expect(saved.ok(), await saved.text()).toBe(true);
  await spellingFlags(page.request, first!.id, 1);

  await openEditor(page, docId, DEMO.owner);
  await expect(row(page, 1)).toHaveAttribute('aria-current', 'true');
  await page.getByRole('tab', { name: /^QA/ }).click();
  const qa = page.getByTestId('qa-section');
  await page.getByRole('tab', { name: /^QA/ }).click();
  await page.getByRole('tab', { name: /^QA/ }).click();
  await expect(qa).toContainText('“금새” may be misspelt.');
  await expect(qa.getByTestId('spelling-suggestion').first()).toHaveText('금세');
  await expect(qa.getByRole('button', { name: 'Replace “금새” with “금세”' })).toBeVisible();
  await expect(editorIn(page).locator('mark.qa.qa-warning')).toHaveText('금새');

  await qa.getByRole('button', { name: 'Add to word list' }).click();
  await expect(qa).not.toContainText('금새');
  await expect(editorIn(page).locator('mark.qa')).toHaveCount(0);
  const list = await (await page.request.get(`/api/v1/projects/${projectId}/words`)).json();
  expect(list.words).toContain('금새');

  // The glossary page shows the word list; removing the word brings the alarm back.
  await page.goto(`/projects/${projectId}/glossary`);
  const words = page.getByTestId('word-list');
  await expect(words).toContainText('금새');
  await words.getByRole('button', { name: 'Remove 금새' }).click();
  await expect(words).not.toContainText('금새');
  const again = (await (await page.request.get(`/api/v1/segments/${first!.id}/qa`)).json()).issues as { check: string }[];
  expect(again.filter((i) => i.check === 'spelling')).toHaveLength(1);
});

test('a suggestion clicked in the QA panel replaces the word in the editor, is saved, and Ctrl+Z takes it back', async ({ page }) => {
  test.setTimeout(90_000);
  const docId = await createDoc(page.request, ['He came back in no time, and in no time he left.', 'Officials met at the border.']);
  const [first] = await segmentsOf(page.request, docId);
  const saved = await page.request.patch(`/api/v1/segments/${first!.id}`, {
    data: { target: '그는 금방 돌아왔다가 금새 떠났다.', version: first!.version },
  });
  expect(saved.ok(), await saved.text()).toBe(true);
  await spellingFlags(page.request, first!.id, 1);

  await openEditor(page, docId, DEMO.translator);
  await expect(row(page, 1)).toHaveAttribute('aria-current', 'true');
  await page.getByRole('tab', { name: /^QA/ }).click();
  const qa = page.getByTestId('qa-section');
  await page.getByRole('tab', { name: /^QA/ }).click();
  await page.getByRole('tab', { name: /^QA/ }).click();
  // The word list is the owner's: a translator gets the suggestions only.
  await expect(qa.getByRole('button', { name: 'Add to word list' })).toHaveCount(0);
  await qa.getByRole('button', { name: 'Replace “금새” with “금세”' }).click();
  await expect(editorIn(page)).toHaveText('그는 금방 돌아왔다가 금세 떠났다.');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  await expect.poll(async () => (await segmentsOf(page.request, docId))[0]!.targetText).toBe('그는 금방 돌아왔다가 금세 떠났다.');
  // Checked again after the save: nothing left to flag.
  await expect(qa).not.toContainText('금새');
  await expect(editorIn(page).locator('mark.qa')).toHaveCount(0);

  // The focus is back in the editor, and the replacement is one undo step.
  await expect(editorIn(page)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(editorIn(page)).toHaveText('그는 금방 돌아왔다가 금새 떠났다.');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  await expect.poll(async () => (await segmentsOf(page.request, docId))[0]!.targetText).toBe('그는 금방 돌아왔다가 금새 떠났다.');
  await expect(qa.getByRole('button', { name: 'Replace “금새” with “금세”' })).toBeVisible();
});

test('typing stays free of long tasks while the spelling check runs after each save', async ({ page }) => {
  test.setTimeout(120_000);
  const docId = await createDoc(page.request, ['He came back in no time.', 'Officials met at the border.']);
  const [first] = await segmentsOf(page.request, docId);
  const saved = await page.request.patch(`/api/v1/segments/${first!.id}`, {
    data: { target: '그는 금새 돌아왔다.', version: first!.version },
  });
  expect(saved.ok(), await saved.text()).toBe(true);
  await spellingFlags(page.request, first!.id, 1);
  await openEditor(page, docId, DEMO.translator);
  await page.getByRole('tab', { name: /^QA/ }).click();
  const qa = page.getByTestId('qa-section');
  await page.getByRole('tab', { name: /^QA/ }).click();
  await expect(qa.getByTestId('spelling-suggestion').first()).toBeVisible();
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  await editorIn(page).click();
  await page.keyboard.press('End');
  // Forty syllables at a brisk typist's pace, with pauses long enough for saves and QA reloads between.
  for (const chunk of [' 하지만 금새 다시 떠났다.', ' 몇일 뒤에 그는 돌아왔고', ' 역활을 맡았다.']) {
    await page.keyboard.type(chunk, { delay: 40 });
    await page.waitForTimeout(1_500);
  }
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  // The check ran on what was typed (금새, 몇일, 역활을 underlined), so the measure covers its updates.
  await expect.poll(() => editorIn(page).locator('mark.qa').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  test.info().annotations.push({ type: 'long tasks while typing (ms)', description: JSON.stringify(tasks.map(Math.round)) });
  console.log(`long tasks while typing: ${tasks.length ? tasks.map(Math.round).join(', ') : 'none'} ms`);
  expect(tasks.filter((d) => d > 50)).toEqual([]);
});
