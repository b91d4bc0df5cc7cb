// Korean spelling (#22): the owner sees a misspelt word underlined in the editor and listed in the
// QA panel with suggestions, adds it to the project's word list, and it is no longer flagged.
import { expect, test } from '@playwright/test';
import { DEMO } from '../support/fixtures';
import { createDoc, demoProjectId, editorIn, openEditor, row, segmentsOf } from '../editor/helpers';

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
  // The dictionary loads in the background on the first QA request: wait until it answers.
  await expect
    .poll(
      async () =>
        ((await (await page.request.get(`/api/v1/segments/${first!.id}/qa`)).json()).issues as { check: string }[]).filter(
          (i) => i.check === 'spelling',
        ).length,
      { timeout: 60_000 },
    )
    .toBe(1);

  await openEditor(page, docId, DEMO.owner);
  await expect(row(page, 1)).toHaveAttribute('aria-current', 'true');
  const qa = page.getByTestId('qa-section');
  await expect(qa).toContainText('“금새” may be misspelt.');
  await expect(qa.getByTestId('spelling-suggestion').first()).toHaveText('금세');
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
