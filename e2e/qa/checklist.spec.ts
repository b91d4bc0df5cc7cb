// Project QA checklist (#22): the owner adds an entry in the project settings and sees its issue in
// the editor (underline and side panel); an invalid regular expression is refused naming the entry;
// the checklist is exported and imported as JSON.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DEMO } from '../support/fixtures';
import { createDoc, demoProjectId, editorIn, openEditor, row, segmentsOf } from '../editor/helpers';

test('an owner adds a checklist entry and sees its issue in the editor; export and import as JSON', async ({ page }) => {
  test.setTimeout(90_000);
  const projectId = await demoProjectId(page.request);
  // Idempotent on a reused database: start from an empty checklist.
  expect((await page.request.put(`/api/v1/projects/${projectId}/qa-checklist`, { data: { entries: [] } })).ok()).toBe(true);
  const docId = await createDoc(page.request, ['The North refused the offer.', 'Seoul waited.']);
  const [first] = await segmentsOf(page.request, docId);
  const saved = await page.request.patch(`/api/v1/segments/${first!.id}`, {
    data: { target: '북측은 제안을 거절했다.', version: first!.version },
  });
  expect(saved.ok(), await saved.text()).toBe(true);

  try {
    await page.goto(`/projects/${projectId}?tab=settings`);
    await page.getByText('Project settings', { exact: true }).click();
    const checklist = page.getByRole('group', { name: 'QA checklist' });
    await checklist.getByLabel('Pattern').fill('북측');
    await checklist.getByLabel('Severity').selectOption('error');
    await checklist.getByLabel('Message').fill('House style: write 북한, not 북측.');
    await checklist.getByRole('button', { name: 'Add entry' }).click();
    await expect(checklist.getByRole('status')).toHaveText('Checklist saved.');
    await expect(checklist.locator('table')).toContainText('House style: write 북한, not 북측.');

    // An invalid regular expression is refused, naming the entry; nothing is saved.
    await checklist.getByLabel('Pattern').fill('(a)\\1');
    await checklist.getByLabel('regular expression').check();
    await checklist.getByLabel('Message').fill('never saved');
    await checklist.getByRole('button', { name: 'Add entry' }).click();
    await expect(checklist.getByRole('alert')).toHaveText('The pattern of checklist entry 2 is not valid; nothing was saved.');
    await expect(checklist.locator('tbody tr')).toHaveCount(1);

    // Export, then import a file with one more entry.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      checklist.getByRole('button', { name: 'Export as JSON' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { entries: { pattern: string }[] };
    expect(exported.entries.map((e) => e.pattern)).toEqual(['북측']);
    const more = { entries: [...exported.entries, { pattern: 'TBD', side: 'both', message: 'A placeholder is left.' }] };
    await checklist
      .getByLabel('Import JSON')
      .setInputFiles({ name: 'checklist.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(more)) });
    await expect(checklist.locator('tbody tr')).toHaveCount(2);

    // The editor underlines the match and lists the owner's message in the side panel.
    await openEditor(page, docId, DEMO.owner);
    await expect(row(page, 1)).toHaveAttribute('aria-current', 'true');
    await expect(page.getByTestId('qa-section')).toContainText('House style: write 북한, not 북측.');
    await expect(editorIn(page).locator('mark.qa.qa-error')).toHaveText('북측');
  } finally {
    await page.request.put(`/api/v1/projects/${projectId}/qa-checklist`, { data: { entries: [] } });
  }
});
