// The memory learns at confirmation (issue #17): a translator confirms a segment, opens another
// with a similar English sentence and sees the suggestion with its match %, state, origin, author
// and the source difference; Ctrl+K opens the concordance with the selected words prefilled, and a
// hit's Korean goes into the segment.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { DEMO } from '../support/fixtures';
import { createDoc, editorIn, newSignedInPage, row, segmentsOf } from './helpers';

test('a confirmed segment is suggested for a similar one (match %, state, origin, author, diff); Ctrl+K searches the memory with the selection', async ({
  browser,
  request,
}) => {
  const docId = await createDoc(request, [
    'The delegation reached the Kaesong industrial park on Tuesday morning.',
    'Nobody said anything else.',
    'The delegation reached the Kaesong industrial park on Thursday morning.',
  ]);
  const { context, page } = await newSignedInPage(browser, DEMO.translator);
  await page.goto(`/documents/${docId}?s=1`);
  await expect(editorIn(page)).toBeFocused();
  await page.keyboard.type('대표단은 화요일 아침 개성공단에 도착했다.');
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await segmentsOf(request, docId))[0]!.state).toBe('TRANSLATED');

  // Segment 3: the same sentence but Thursday.
  const segs = await segmentsOf(request, docId);
  const api = await (await request.get(`/api/v1/segments/${segs[2]!.id}/suggestions`)).json();
  const author: string = api.matches[0].createdByName;
  expect(author).toBeTruthy();
  await page.goto(`/documents/${docId}?s=3`);
  await expect(editorIn(page)).toBeFocused();
  const suggestions = page.getByTestId('tm-suggestions');
  await expect(suggestions).toContainText('대표단은 화요일 아침 개성공단에 도착했다.');
  const match = suggestions.getByTestId('tm-match').first();
  await expect(match.getByTestId('tm-score')).toHaveText(/^\d\d% match$/);
  await expect(match).toContainText('Confirmed');
  await expect(match).toContainText('Human translation');
  await expect(match).toContainText(author);
  await expect(match.getByTestId('tm-diff').locator('del')).toHaveText('Tuesday');
  await expect(match.getByTestId('tm-diff').locator('ins')).toHaveText('Thursday');

  // Select "Kaesong industrial park" in segment 3's English and press Ctrl+K.
  await row(page, 3)
    .locator('[data-side="source"]')
    .evaluate((el, words) => {
      // The English may be split into several text nodes (names are marked): find the words across them.
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const whole = nodes.map((n) => n.data).join('');
      const at = (offset: number): [Text, number] => {
        for (const n of nodes) {
          if (offset <= n.data.length) return [n, offset];
          offset -= n.data.length;
        }
        throw new Error('offset out of range');
      };
      const start = whole.indexOf(words);
      const range = document.createRange();
      range.setStart(...at(start));
      range.setEnd(...at(start + words.length));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, 'Kaesong industrial park');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the translation memory' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toHaveValue('Kaesong industrial park');
  await expect(dialog.getByTestId('concordance-hits')).toContainText('대표단은 화요일 아침 개성공단에 도착했다.');
  await expect(dialog.getByTestId('concordance-hits')).toContainText(author);
  await dialog.getByRole('button', { name: 'Insert' }).first().click();
  await expect(dialog).toBeHidden();
  await expect(editorIn(page)).toContainText('대표단은 화요일 아침 개성공단에 도착했다.');

  // Alt+H lists the shortcut.
  await page.keyboard.press('Alt+h');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Ctrl/⌘ + K');
  await page.keyboard.press('Escape');
  await context.close();
});

test('in the Korean interface the suggestion and the concordance speak Korean, and axe finds no serious violation', async ({
  browser,
  request,
}) => {
  const docId = await createDoc(request, [
    'Food aid reached the northern provinces in March.',
    'Food aid reached the northern provinces in April.',
  ]);
  const { context, page } = await newSignedInPage(browser, DEMO.translator);
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'ko', url: BASE_URL }]);
  await page.goto(`/documents/${docId}?s=1`);
  await expect(editorIn(page)).toBeFocused();
  await page.keyboard.type('식량 지원이 3월에 북부 지방에 도착했다.');
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await segmentsOf(request, docId))[0]!.state).toBe('TRANSLATED');
  await page.goto(`/documents/${docId}?s=2`);
  await expect(editorIn(page)).toBeFocused();
  const match = page.getByTestId('tm-suggestions').getByTestId('tm-match').first();
  await expect(match.getByTestId('tm-score')).toHaveText(/^\d\d% 일치$/);
  await expect(match).toContainText('확정');
  await expect(match).toContainText('직접 번역');
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect((await serious()).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Nothing selected: the side panel's button opens the concordance empty; type and search.
  await page.getByRole('button', { name: '용례 검색 (Ctrl+K)' }).click();
  const dialog = page.getByRole('dialog', { name: '번역 메모리 용례 검색' });
  await expect(dialog.getByRole('searchbox')).toHaveValue('');
  await dialog.getByRole('searchbox').fill('식량 지원');
  await dialog.getByRole('button', { name: '찾기' }).click();
  await expect(dialog.getByTestId('concordance-hits')).toContainText('식량 지원이 3월에 북부 지방에 도착했다.');
  await expect(dialog.getByRole('status')).toHaveText('1개 항목');
  expect((await serious()).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await context.close();
});
