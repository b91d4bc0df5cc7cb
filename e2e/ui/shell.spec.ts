// The app shell (issue #23): the command palette from the keyboard (Ctrl+K opens it, a document's
// name and Enter open the document, "#3" goes to segment 3 in the editor, Escape closes it and the
// focus goes back), the sidebar's current project, and the theme switch (dark, kept across a reload,
// applied by the server on the first paint).
import { expect, test } from '@playwright/test';
import { apiSignIn, DEMO } from '../support/fixtures';
import { createDoc, editorIn, row } from '../editor/helpers';

test('Ctrl+K opens the palette; a document name and Enter open it; Escape closes it and gives the focus back', async ({ page }) => {
  const title = `Palette ${Date.now()}`;
  const docId = await createDoc(page.request, ['One.', 'Two.', 'Three.', 'Four.'], title);
  await apiSignIn(page.request, DEMO.translator);
  await page.goto('/projects');
  const search = page.getByRole('button', { name: /Search or jump to/ });
  await search.focus();
  await page.keyboard.press('Control+KeyK');
  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('combobox');
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(search).toBeFocused();

  await page.keyboard.press('Control+KeyK');
  await input.fill(title);
  const option = dialog.getByRole('option', { name: new RegExp(title) });
  await expect(option).toBeVisible();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/documents/${docId}(\\?|$)`));
  await expect(editorIn(page)).toBeVisible();
  // The sidebar shows the document's project with this document as the current page.
  const nav = page.getByRole('navigation', { name: 'Workbench' });
  await expect(page.getByRole('button', { name: 'Open navigation' })).toBeVisible();
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await expect(nav.getByRole('link', { name: title })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
});

test('"#3" in the palette goes to segment 3 of the open document', async ({ page }) => {
  const docId = await createDoc(page.request, ['First line.', 'Second line.', 'Third line.', 'Fourth line.']);
  await apiSignIn(page.request, DEMO.translator);
  await page.goto(`/documents/${docId}`);
  await expect(row(page, 1).getByTestId('segment-editor')).toBeVisible();
  // In the editor Ctrl+K is the concordance; the palette is the header's button (or Ctrl+Shift+K).
  await page.keyboard.press('Control+Shift+KeyK');
  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox').fill('#3');
  await expect(dialog.getByRole('option', { name: 'Segment 3 of this document' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(row(page, 3).getByTestId('segment-editor')).toBeVisible();
  await expect(dialog).toBeHidden();
  // Beyond the last segment: the palette says how many there are.
  await page.getByRole('button', { name: /Search or jump to/ }).click();
  await dialog.getByRole('combobox').fill('#9');
  await expect(dialog).toContainText('This document has 4 segments.');
});

test('the theme switch sets dark, which the server applies again after a reload', async ({ page }) => {
  await apiSignIn(page.request, DEMO.translator);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/projects');
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await bg();
  await page.getByRole('button', { name: /Account menu for/ }).click();
  await page.getByRole('menuitemradio', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).not.toBe(light);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).not.toBe(light);
  // "As the system" follows the browser's preference: dark when it asks for dark.
  await page.getByRole('button', { name: /Account menu for/ }).click();
  await page.getByRole('menuitemradio', { name: 'As the system' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await bg()).toBe(light);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await bg()).not.toBe(light);
});

test('the palette’s actions run in the editor: pre-translate opens its panel, "approve filtered" selects the shown rows and focuses Approve', async ({
  page,
}) => {
  const docId = await createDoc(page.request, ['First line.', 'Second line.', 'Third line.']);
  await apiSignIn(page.request, DEMO.owner);
  await page.goto(`/documents/${docId}`);
  await expect(row(page, 1).getByTestId('segment-editor')).toBeVisible();
  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  const runAction = async (name: string) => {
    await page.keyboard.press('Control+Shift+KeyK');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('combobox').fill(name);
    await expect(dialog.getByRole('option', { name })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  };
  await runAction('Pre-translate this document');
  await expect(page).toHaveURL(new RegExp(`/documents/${docId}(\\?s=\\d+)?$`));
  await expect(page.getByTestId('pretranslate-popover')).toHaveAttribute('open', '');
  await page.keyboard.press('Escape');

  await runAction('Approve the filtered segments');
  await expect(page.getByTestId('bulk-count')).toContainText('3');
  await expect(page.getByTestId('bulk-review').getByRole('button', { name: 'Approve selected' })).toBeFocused();

  // From another page the palette navigates with ?command=, which the editor runs once and drops.
  await page.goto(`/documents/${docId}?command=approve-filtered`);
  await expect(page.getByTestId('bulk-review').getByRole('button', { name: 'Approve selected' })).toBeFocused();
  await expect(page).not.toHaveURL(/command=/);
});
