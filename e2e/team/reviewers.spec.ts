// Issue #17 item 8, as reviewers and translators do it: the reviewer's shortcuts in Alt+H, a readable
// shortcut hint on Approve, review mode kept across a reload, @mention completion with the keyboard,
// Alt+↓ to the next segment with an issue, Ctrl+Alt+R to reject; the translator's inbox (mention and
// rejection, unread count in the header, links to the segment, mark read), and the reviewer told at
// once of a reply in their thread.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { createDoc, newSignedInPage, row, segmentsOf } from '../editor/helpers';
import { apiSignIn, DEMO } from '../support/fixtures';

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

async function kbdContrast(page: Page, button: ReturnType<Page['getByRole']>) {
  const kbd = button.locator('kbd');
  await expect(kbd).toBeVisible();
  const [color, bg, buttonBg] = await Promise.all([
    kbd.evaluate((el) => getComputedStyle(el).color),
    kbd.evaluate((el) => getComputedStyle(el).backgroundColor),
    button.evaluate((el) => getComputedStyle(el).backgroundColor),
  ]);
  const behind = /rgba\(.*,\s*0\)$/.test(bg) || bg === 'transparent' ? buttonBg : bg;
  return contrast(color, behind);
}

test('a reviewer works from the keyboard; the translator is notified and follows the links', async ({ page, browser, request }) => {
  test.setTimeout(150_000); // two people, many steps, on a shared machine
  const docId = await createDoc(request, ['North Korea launched a new missile.', 'Seoul said nothing.', 'The talks resume on Monday.']);
  const segs = await segmentsOf(request, docId);
  const translator = await browser.newContext();
  await apiSignIn(translator.request, DEMO.translator);
  for (const [i, text] of ['북한은 새로운 미사일을 발사했다.', '서울은 아무 말도 하지 않았다.', '회담은 월요일에 재개된다.'].entries()) {
    const res = await translator.request.patch(`/api/v1/segments/${segs[i]!.id}`, {
      data: { target: text, state: 'TRANSLATED', version: segs[i]!.version },
    });
    expect(res.status(), await res.text()).toBe(200);
  }
  await translator.request.post('/api/v1/notifications/read', { data: { all: true } });

  await apiSignIn(page.request, DEMO.reviewer);
  await page.request.post('/api/v1/notifications/read', { data: { all: true } });
  await page.goto(`/documents/${docId}?s=1`);
  await expect(page.getByTestId('segment-editor')).toBeVisible();

  // Alt+H lists the reviewer's shortcuts in their own group.
  await page.keyboard.press('Alt+h');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const reviewing = help.getByRole('table', { name: /Reviewing/ });
  await expect(reviewing).toContainText('Ctrl/⌘ + Alt + Enter');
  await expect(reviewing).toContainText('Reject');
  await expect(reviewing).toContainText('Ctrl/⌘ + Alt + O');
  await expect(help.getByRole('table', { name: /Comments and issues/ })).toContainText('Alt + ↓ / ↑');
  await page.keyboard.press('Escape');

  // Review mode: the Approve button's hint is readable (AA), and the mode survives a reload.
  await page.getByLabel(/Review mode/).check();
  const approve = page.getByTestId('decision-bar').getByRole('button', { name: /^Approve Ctrl\+Enter/ });
  expect(await kbdContrast(page, approve)).toBeGreaterThanOrEqual(4.5);
  await page.reload();
  await expect(page.getByTestId('segment-editor')).toBeVisible();
  await expect(page.getByLabel(/Review mode/)).toBeChecked();

  // Annotate the first two characters of segment 1 and mention the translator with the keyboard.
  await row(page, 1).locator('[data-side="target"] .ProseMirror').click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Alt+m');
  const form = page.getByRole('form', { name: 'New annotation' });
  await expect(form.getByTestId('annotation-quote')).toHaveText('북한');
  // The category key moves the focus on to severity, the severity key on to the comment, each at
  // once: a fast typist's "5m" reaches both groups even when both keys arrive in one task (sent
  // here together, before any frame could be drawn).
  await expect(form.getByRole('radio').first()).toBeFocused();
  await page.evaluate(() => {
    for (const key of ['5', 'm'])
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
  const comment = form.getByRole('textbox', { name: /Comment/ });
  await expect(comment).toBeFocused();
  await page.keyboard.type('Check the subject, @demo');
  const list = form.getByRole('listbox', { name: 'Project members' });
  await expect(list).toBeVisible();
  for (const name of ['@Demo Owner', '@Demo Reviewer', '@Demo Translator']) await expect(list.getByRole('option', { name })).toBeVisible();
  await expect(comment).toHaveAttribute('aria-controls', (await list.getAttribute('id'))!);
  const activeOption = async () => page.locator(`[id="${await comment.getAttribute('aria-activedescendant')}"]`);
  await expect(await activeOption()).toHaveAttribute('aria-selected', 'true');
  const first = await (await activeOption()).textContent();
  await page.keyboard.press('ArrowDown');
  await expect(await activeOption()).not.toHaveText(first!);
  await page.keyboard.press('ArrowUp');
  await expect(await activeOption()).toHaveText(first!);
  const serious = (await new AxeBuilder({ page }).include('.annotation-form').analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.keyboard.type(' t'); // narrows the list to one
  await expect(list.getByRole('option')).toHaveText(['@Demo Translator']);
  await expect(await activeOption()).toHaveText('@Demo Translator');
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  await expect(comment).toHaveValue('Check the subject, @Demo Translator ');
  // Escape closes the list only; the form stays open.
  await page.keyboard.type('and @Demo R');
  await expect(list.getByRole('option')).toHaveText(['@Demo Reviewer']);
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(form).toBeVisible();
  await page.keyboard.type('eviewer.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('annotation-thread')).toHaveCount(1);
  await expect(page.getByTestId('annotation-thread')).toContainText('Mentions: Demo Translator');

  // Alt+↓ from segment 3 goes round to the segment with the open comment.
  await row(page, 3).click();
  await expect(row(page, 3)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(row(page, 1)).toHaveAttribute('aria-current', 'true');

  // Ctrl+Alt+R on segment 2: the reason field, Ctrl+Enter sends the rejection.
  await row(page, 2).click();
  await page.keyboard.press('Control+Alt+r');
  const reason = page.getByTestId('decision-bar').getByLabel('Reason');
  await expect(reason).toBeFocused();
  await page.keyboard.type('“Said nothing” is 침묵했다 in our style guide.');
  await page.keyboard.press('Control+Enter');
  await expect(row(page, 2).locator('.badge.s-REJECTED')).toBeVisible();

  // The translator sees two unread notifications in the header, and follows the rejection's link.
  const tPage = await translator.newPage();
  await tPage.goto('/projects');
  const inbox = tPage.getByTestId('inbox');
  await expect(inbox.getByTestId('inbox-count')).toHaveText('2');
  await inbox.getByRole('button', { name: 'Notifications 2 unread' }).click();
  // Newest first; older, already read notifications of the shared demo account may follow.
  const items = inbox.getByTestId('inbox-item');
  await expect(items.nth(0)).toContainText('Demo Reviewer rejected your translation');
  await expect(items.nth(0)).toContainText('침묵했다');
  await expect(items.nth(1)).toContainText('Demo Reviewer mentioned you');
  await items.nth(0).getByRole('link').click();
  await tPage.waitForURL(new RegExp(`/documents/${docId}\\?s=2`));
  await expect(row(tPage, 2)).toHaveAttribute('aria-current', 'true');
  await expect(tPage.getByTestId('inbox-count')).toHaveText('1');

  // The translator replies in the reviewer's thread: the reviewer's header count appears without a reload.
  await expect(page.getByTestId('inbox-count')).toHaveCount(0);
  await row(tPage, 1).click();
  await tPage.getByRole('tab', { name: /^Comments/ }).click();
  const thread = tPage.getByTestId('annotation-thread').first();
  // The reply box is a combobox: @ opens the members, Tab picks.
  const reply = thread.getByRole('combobox', { name: 'Reply' });
  await reply.click();
  await tPage.keyboard.type('Changed to 북측은. @Demo R');
  await expect(reply).toHaveAttribute('aria-expanded', 'true');
  await tPage.keyboard.press('Tab');
  await expect(reply).toHaveValue('Changed to 북측은. @Demo Reviewer ');
  await expect(reply).toHaveAttribute('aria-expanded', 'false');
  await expect(reply).toBeFocused();
  await thread.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('inbox-count')).toHaveText('1');

  // Mark all read empties the count.
  await tPage
    .getByTestId('inbox')
    .getByRole('button', { name: /Notifications/ })
    .click();
  await tPage.getByRole('button', { name: 'Mark all read' }).click();
  await expect(tPage.getByTestId('inbox-count')).toHaveCount(0);
  await translator.close();
});

test('the Korean interface: shortcuts, inbox and mention list have no English', async ({ browser, request }) => {
  const docId = await createDoc(request, ['Seoul said nothing.']);
  const { context, page } = await newSignedInPage(browser, DEMO.reviewer);
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'ko', url: BASE_URL }]);
  await page.goto(`/documents/${docId}`);
  await expect(page.getByTestId('segment-editor')).toBeVisible();
  await page.keyboard.press('Alt+h');
  const help = page.getByRole('dialog', { name: '키보드 단축키' });
  await expect(help.getByRole('table', { name: /검토/ })).toContainText('승인하고 머무르기');
  await page.keyboard.press('Escape');
  await page.getByTestId('inbox').getByRole('button', { name: /알림/ }).click();
  await expect(page.getByTestId('inbox')).toContainText('모두 읽음으로 표시');
  const serious = (await new AxeBuilder({ page }).include('[data-testid="inbox"]').analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.locator('.inbox-panel')).toBeHidden();
  await expect(page.getByTestId('inbox').getByRole('button', { name: /알림/ })).toBeFocused();
  await context.close();
});
