import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { splitSentences } from '../../lib/align/distribute';
import { apiSignIn, DEMO } from '../support/fixtures';

const root = path.join(__dirname, '../..');
const english = readFileSync(path.join(root, 'e2e/fixtures/korean-peninsula-a-to-z.en.txt'), 'utf8')
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean)
  .slice(0, 10);
const korean = readFileSync(path.join(root, 'lib/align/fixtures/peninsula-10.ko.txt'), 'utf8')
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);

test('an owner aligns an existing Korean translation, splits a merged paragraph, and applies around human work', async ({ page }) => {
  await apiSignIn(page.request, DEMO.owner);
  const projectId = (await (await page.request.get('/api/v1/projects')).json()).projects.find(
    (p: { name: string }) => p.name === 'Korean Peninsula Today (demo)',
  ).id;
  const created = await page.request.post(`/api/v1/projects/${projectId}/documents`, {
    data: { title: 'Alignment test', content: english.join('\n\n') },
  });
  expect(created.status()).toBe(201);
  const documentId = (await created.json()).id;
  const segments = (await (await page.request.get(`/api/v1/documents/${documentId}/segments`)).json()).segments;
  // Someone already translated the first paragraph by hand.
  const saved = await page.request.patch(`/api/v1/segments/${segments[0].id}`, {
    data: { target: '사람의 번역.', version: segments[0].version },
  });
  expect(saved.status()).toBe(200);

  await page.goto(`/documents/${documentId}/align`);
  const merged = [...korean.slice(0, 3), `${korean[3]} ${korean[4]}`, ...korean.slice(5)];
  await page.getByLabel('Korean translation').fill(merged.join('\n\n'));
  await page.getByRole('button', { name: 'Align' }).click();
  const beads = page.getByTestId('bead');
  await expect(beads).toHaveCount(9);
  const mergedBead = page.locator('[data-testid="bead"][data-source="3,4"]');
  await expect(mergedBead).toBeVisible();
  await expect(mergedBead.locator('line')).toHaveCount(2);
  // The summary counts exactly the links coloured doubtful.
  const summary = (await page.getByRole('status').filter({ hasText: 'doubtful' }).textContent()) ?? '';
  const counted = Number(/(\d+) doubtful/.exec(summary)?.[1]);
  expect(Number.isInteger(counted)).toBe(true);
  await expect(page.locator('[data-testid="bead"][data-tone="low"]')).toHaveCount(counted);

  // Split it where paragraph 4's Korean ends.
  const k = splitSentences(korean[3]!).length;
  await mergedBead.getByRole('button', { name: `Split here (${k})` }).click();
  await expect(beads).toHaveCount(10);
  await expect(page.locator('[data-testid="bead"][data-source="3"]')).toContainText(korean[3]!.slice(0, 20));
  await expect(page.locator('[data-testid="bead"][data-source="4"]')).toContainText(korean[4]!.slice(0, 20));

  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('사람의 번역.');
  await dialog.getByRole('button', { name: 'Skip those and apply the rest' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'segments filled' })).toContainText('9 segments filled');

  const after = (await (await page.request.get(`/api/v1/documents/${documentId}/segments`)).json()).segments;
  expect(after[0].targetText).toBe('사람의 번역.');
  expect(after[3]).toMatchObject({ targetText: korean[3], origin: 'ALIGNED', state: 'DRAFT' });
  expect(after[4]).toMatchObject({ targetText: korean[4], origin: 'ALIGNED' });
});
