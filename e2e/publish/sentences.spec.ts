// Sentence-linked reading (#21 item 3): each sentence carries data-s="<paragraph>.<link>", the same
// on its English and Korean; hovering, tapping or focusing a Korean sentence highlights its English
// in the side-by-side and the interleaved phone layouts; "sentence by sentence" shows the linked
// pairs one under the other; without JavaScript the page is plain paragraphs. axe: nothing serious.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { apiSignIn, DEMO } from '../support/fixtures';
import { importFixture, publish } from './reader-setup';

const serious = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('hovering, tapping or focusing a Korean sentence highlights its English sentence; sentence by sentence view', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await apiSignIn(page.request, DEMO.owner);
  const { documentId } = await importFixture(page.request, 'Sentences e2e');
  const edition = await publish(page.request, documentId);

  const reader = await browser.newContext({ hasTouch: true, viewport: { width: 1440, height: 900 } });
  const pub = await reader.newPage();
  expect((await pub.goto(`/e/${edition.slug}`))?.status()).toBe(200);
  const pair = pub.locator('section.pair', { hasText: 'The recent series of missile launches' });
  const n = (await pair.getAttribute('id'))!.slice(1);
  const en = (k: number) => pair.locator(`.src .s[data-s="${n}.${k}"]`);
  const ko = (k: number) => pair.locator(`.trg .s[data-s="${n}.${k}"]`);
  await expect(en(1)).toHaveText(/^The recent series of missile launches .* yet again\.$/);
  await expect(ko(1)).toHaveText(/^북한의 잇따른 미사일 발사로 .*있습니다\.$/);
  await expect(en(2)).toHaveText(/^The North is ramping up/);
  await expect(ko(2)).toHaveText(/^북한은 미국에 대화 신호를/);

  // Side by side: hover.
  await ko(2).hover();
  await expect(en(2)).toHaveClass(/\bs-hl\b/);
  await expect(ko(2)).toHaveClass(/\bs-hl\b/);
  await expect(en(1)).not.toHaveClass(/\bs-hl\b/);
  await ko(1).hover();
  await expect(en(1)).toHaveClass(/\bs-hl\b/);
  await expect(en(2)).not.toHaveClass(/\bs-hl\b/);
  // Keyboard focus.
  await ko(2).focus();
  await expect(en(2)).toHaveClass(/\bs-hl\b/);
  expect(await serious(pub)).toEqual([]);

  // Phone: interleaved (the Korean paragraph under the English); a tap highlights the counterpart.
  await pub.setViewportSize({ width: 390, height: 844 });
  await pub.locator('h1').tap();
  const a = (await pair.locator('.src').boundingBox())!;
  const b = (await pair.locator('.trg').boundingBox())!;
  expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
  await ko(1).tap();
  await expect(en(1)).toHaveClass(/\bs-hl\b/);
  await expect(en(2)).not.toHaveClass(/\bs-hl\b/);

  // Sentence by sentence: each English sentence with its Korean under it.
  await pub.setViewportSize({ width: 1440, height: 900 });
  await pub.getByRole('button', { name: /Sentence by sentence/ }).click();
  await expect(pub.getByRole('button', { name: /Sentence by sentence/ })).toHaveAttribute('aria-pressed', 'true');
  const pairs = pair.locator('.sxs-pair');
  await expect(pairs).toHaveCount(2);
  await expect(pair.locator(':scope > .src')).toBeHidden();
  const first = pairs.nth(0);
  await expect(first.locator('p[lang="en"]')).toHaveText(/^The recent series/);
  await expect(first.locator('p[lang="ko"]')).toHaveText(/^북한의 잇따른/);
  const e = (await first.locator('p[lang="en"]').boundingBox())!;
  const k = (await first.locator('p[lang="ko"]').boundingBox())!;
  expect(k.y).toBeGreaterThanOrEqual(e.y + e.height - 1);
  expect(await pub.locator('[id]').evaluateAll((els) => els.length - new Set(els.map((x) => x.id)).size)).toBe(0); // no duplicate ids
  expect(await serious(pub)).toEqual([]);
  await pub.getByRole('button', { name: /Paragraphs/ }).click();
  await expect(pair.locator(':scope > .src')).toBeVisible();
  await reader.close();

  // Without JavaScript: plain paragraphs (no controls, no focusable sentences, no highlight style).
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await plain.newPage();
  await noJs.goto(`/e/${edition.slug}`);
  const p2 = noJs.locator('section.pair', { hasText: 'The recent series of missile launches' });
  await expect(p2.locator('.trg')).toContainText('북한의 잇따른');
  await expect(noJs.getByRole('button', { name: /Sentence by sentence/ })).toHaveCount(0);
  await expect(p2.locator('.s[tabindex]')).toHaveCount(0);
  await p2.locator('.trg .s').first().hover();
  expect(
    await p2
      .locator('.src .s')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor),
  ).toBe('rgba(0, 0, 0, 0)');
  await plain.close();
});
