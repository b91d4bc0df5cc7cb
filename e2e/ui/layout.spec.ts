// Layout (issue #17 item 10): a compact header at 1,024 px, a Status column narrower than source and
// target, a collapsible side panel (keyboard, remembered), search hits highlighted in the rows
// (<mark>, never HTML from the query), the name's Korean form in a popover (focus and tap), a
// favicon, and a narrow number gutter in the web edition on a phone.
import { expect, test } from '@playwright/test';
import { apiSignIn, DEMO } from '../support/fixtures';
import { createDoc, demoProjectId, editorIn, row } from '../editor/helpers';
import { expectInViewport, headerShare } from './helpers';

test('at 1,024 × 768 the header and toolbars take at most a fifth of the height; Status is the narrowest text column', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const docId = await createDoc(page.request, ['Seoul and Pyongyang test the waters.', 'The talks resumed on Monday.']);
  await apiSignIn(page.request, DEMO.translator);
  await page.goto(`/documents/${docId}`);
  await expect(editorIn(page)).toBeVisible();
  // Measured with everything the toolbar shows once loaded (the QA counts come a moment later).
  await expect(page.getByTestId('qa-summary')).toBeVisible();
  await expect(page.getByTestId('save-status')).toBeVisible();
  const share = await headerShare(page);
  console.log(`header share at 1024×768: ${(share * 100).toFixed(1)} %`);
  // Where the toolbar's width goes, for when it wraps.
  const items = await page
    .locator('.editor-toolbar > *')
    .evaluateAll((els) =>
      els.map((e) => `${e.className}: ${Math.round(e.getBoundingClientRect().width)}×${Math.round(e.getBoundingClientRect().top)}`),
    );
  console.log(`toolbar items (width×top): ${items.join('; ')}`);
  expect(share).toBeLessThanOrEqual(0.2);
  const widths = await page.locator('.seg-header > span').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  expect(widths[3]).toBeLessThan(widths[1]!);
  expect(widths[3]).toBeLessThan(widths[2]!);
  // Nothing in the toolbars runs off the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the side panel collapses from the keyboard and stays collapsed after a reload', async ({ page }) => {
  const docId = await createDoc(page.request, ['Seoul and Pyongyang test the waters.', 'The talks resumed on Monday.']);
  await apiSignIn(page.request, DEMO.translator);
  await page.goto(`/documents/${docId}`);
  await expect(editorIn(page)).toBeVisible();
  const toggle = page.getByTestId('side-panel-toggle');
  await expect(page.locator('.side-panel')).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // Korean in the panel (comments, threads, history) wraps between words, in either interface language.
  expect(await page.locator('.side-panel').evaluate((e) => getComputedStyle(e).wordBreak)).toBe('keep-all');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.side-panel')).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const listWidth = await page.locator('.seg-list-wrap').evaluate((e) => e.getBoundingClientRect().width);
  const bodyWidth = await page.locator('.editor-body').evaluate((e) => e.getBoundingClientRect().width);
  expect(listWidth).toBeGreaterThan(bodyWidth - 2);
  await page.reload();
  await expect(editorIn(page)).toBeVisible();
  await expect(page.locator('.side-panel')).toBeHidden();
  await page.keyboard.press('Alt+KeyB');
  await expect(page.locator('.side-panel')).toBeVisible();
  await page.reload();
  await expect(page.locator('.side-panel')).toBeVisible();
});

test('search hits are highlighted in the rows, and a query with markup stays text', async ({ page }) => {
  const docId = await createDoc(page.request, ['The talks resumed; the TALKS went on.', 'Nothing <b>bold</b> here.', 'No match.']);
  await apiSignIn(page.request, DEMO.translator);
  await page.goto(`/documents/${docId}`);
  await expect(editorIn(page)).toBeVisible();
  const search = page.getByRole('searchbox');
  await search.fill('talks');
  await expect(page.locator('[data-segment-id]')).toHaveCount(1);
  await expect(row(page, 1).locator('mark.search-hit')).toHaveCount(2);
  await expect(row(page, 1).locator('mark.search-hit').nth(1)).toHaveText('TALKS');
  await search.fill('<b>bold</b>');
  await expect(row(page, 2).locator('mark.search-hit')).toHaveText('<b>bold</b>');
  await expect(row(page, 2).locator('b')).toHaveCount(0);
  await search.fill('');
  await expect(page.locator('mark.search-hit')).toHaveCount(0);
});

test("a name's Korean form shows in a popover on keyboard focus and on a tap, inside the screen", async ({ page, browser }) => {
  const projectId = await demoProjectId(page.request);
  const docId = await createDoc(page.request, ['Nothing here.', 'Zorvath Quillan met the envoy.']);
  const term = await page.request.post(`/api/v1/projects/${projectId}/terms`, {
    data: { source: 'Zorvath Quillan', target: '조르바스 퀼란', kind: 'NAME' },
  });
  expect(term.status()).toBe(201);
  const termId = (await term.json()).id;
  try {
    await apiSignIn(page.request, DEMO.translator);
    await page.goto(`/documents/${docId}`);
    await expect(editorIn(page)).toBeVisible();
    const mark = row(page, 2).locator('mark.term-NAME');
    await expect(mark).not.toHaveAttribute('title');
    await mark.focus();
    const popover = page.getByTestId('term-popover');
    await expect(popover).toContainText('조르바스 퀼란');
    await expect(mark).toHaveAttribute('aria-describedby', 'term-popover');
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();

    // A tablet (touch, no hover): a tap opens it.
    const phone = await browser.newContext({ viewport: { width: 820, height: 1100 }, hasTouch: true, isMobile: true });
    const p = await phone.newPage();
    await apiSignIn(p.request, DEMO.translator);
    await p.goto(`/documents/${docId}`);
    await expect(editorIn(p)).toBeVisible();
    const tapped = row(p, 2).locator('mark.term-NAME');
    await tapped.scrollIntoViewIfNeeded();
    await tapped.tap();
    await expect(p.getByTestId('term-popover')).toContainText('조르바스 퀼란');
    await expectInViewport(p, '[data-testid="term-popover"]');
    await phone.close();
  } finally {
    await apiSignIn(page.request, DEMO.owner);
    await page.request.delete(`/api/v1/terms/${termId}`);
  }
});

test('/favicon.ico is served to everyone', async ({ request }) => {
  const res = await request.get('/favicon.ico');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/icon/);
});

test("on a phone the edition's number gutter is narrow", async ({ page, browser }) => {
  await apiSignIn(page.request, DEMO.owner);
  const docId = await createDoc(page.request, ['A first paragraph of the edition, long enough to wrap on a phone.', 'A second one.']);
  const segs = (await (await page.request.get(`/api/v1/documents/${docId}/segments`)).json()).segments as { id: string; version: number }[];
  for (const s of segs) {
    const r = await page.request.patch(`/api/v1/segments/${s.id}`, {
      data: {
        target: '휴대 전화에서 줄이 바뀔 만큼 긴 발행본의 첫 문단입니다.',
        state: 'APPROVED',
        version: s.version,
        qaOverrideReason: 'layout e2e: the text does not matter',
      },
    });
    expect(r.status(), await r.text()).toBe(200);
  }
  const pub = await page.request.post(`/api/v1/documents/${docId}/editions`, { data: {} });
  expect(pub.status(), await pub.text()).toBe(201);
  const reader = await browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true });
  const p = await reader.newPage();
  await p.goto((await pub.json()).url);
  const gutter = await p
    .locator('.pair .pn')
    .first()
    .evaluate((el) => el.getBoundingClientRect().width);
  const text = await p
    .locator('.pair .src')
    .first()
    .evaluate((el) => el.getBoundingClientRect().width);
  expect(gutter).toBeLessThan(390 * 0.08);
  expect(text).toBeGreaterThan(390 * 0.7);
  await reader.close();
});
