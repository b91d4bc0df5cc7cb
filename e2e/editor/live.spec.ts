// Presence and live updates over server-sent events.
import { expect, test } from '@playwright/test';
import { DEMO } from '../support/fixtures';
import { createDoc, editorIn, newSignedInPage, PARAGRAPHS, row } from './helpers';

test("shows who else is on the document and segment, and another user's save appears without reloading", async ({ browser, request }) => {
  const docId = await createDoc(request, PARAGRAPHS);
  const a = await newSignedInPage(browser, DEMO.translator);
  const b = await newSignedInPage(browser, DEMO.owner);
  await a.page.goto(`/documents/${docId}?s=2`);
  await expect(editorIn(a.page)).toBeVisible();
  await b.page.goto(`/documents/${docId}?s=4`);
  await expect(editorIn(b.page)).toBeVisible();

  await expect(a.page.getByTestId('presence')).toContainText('Demo Owner');
  await expect(row(a.page, 4)).toContainText('Demo Owner');
  await expect(a.page.getByTestId('same-segment-warning')).toHaveCount(0);

  // B moves onto A's segment: A is warned.
  await b.page.keyboard.press('Control+ArrowUp');
  await b.page.keyboard.press('Control+ArrowUp');
  await expect(row(b.page, 2)).toHaveAttribute('aria-current', 'true');
  await expect(a.page.getByTestId('same-segment-warning')).toContainText('Demo Owner');

  // B confirms segment 2; A (no unsaved edits there) sees it at once, state and all.
  await b.page.keyboard.type('회담은 오랜 공백 끝에 월요일에 재개됐다.');
  await b.page.keyboard.press('Control+Enter');
  await expect(editorIn(a.page)).toHaveText('회담은 오랜 공백 끝에 월요일에 재개됐다.');
  await expect(row(a.page, 2).getByTestId('state')).toHaveText('Translated');
  await expect(a.page.getByTestId('count-TRANSLATED')).toHaveText('1');
  await a.context.close();
  await b.context.close();
});
