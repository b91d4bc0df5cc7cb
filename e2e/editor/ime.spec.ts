// Korean IME composition: syllables composed through the browser's IME path (CDP
// Input.imeSetComposition / insertText, which fire real compositionstart/update/end events) arrive
// exactly once, and autosave waits for the composition to end.
import { expect, test } from '@playwright/test';
import { createDoc, editorIn, openEditor, PARAGRAPHS, segmentsOf } from './helpers';

test('composing Hangul loses and doubles nothing, and is saved after composition ends', async ({ page }) => {
  const docId = await createDoc(page.request, PARAGRAPHS);
  await openEditor(page, docId);
  await expect(editorIn(page)).toBeFocused();
  const cdp = await page.context().newCDPSession(page);
  const patches: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PATCH') patches.push(r.postData() ?? '');
  });

  const compose = async (steps: string[], commit: string) => {
    for (const text of steps) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      await page.waitForTimeout(30);
    }
    await cdp.send('Input.insertText', { text: commit });
  };
  // 한국어 typed on a 2-beolsik keyboard: ㅎ 하 한 | ㄱ 구 국 | ㅇ 어
  await compose(['ㅎ', '하', '한'], '한');
  await compose(['ㄱ', '구', '국'], '국');
  // Stay in the middle of a composition for longer than the autosave delay: nothing is saved yet.
  await cdp.send('Input.imeSetComposition', { text: 'ㅇ', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: '어', selectionStart: 1, selectionEnd: 1 });
  const before = patches.length;
  await page.waitForTimeout(1200);
  expect(patches.length).toBe(before);
  await cdp.send('Input.insertText', { text: '어' });
  await page.keyboard.insertText(' 공부');

  await expect(editorIn(page)).toHaveText('한국어 공부');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  expect((await segmentsOf(page.request, docId))[0]!.targetText).toBe('한국어 공부');
  await expect(page.getByTestId('live-eojeol')).toHaveText('2 eojeol');
});

test('synthetic composition events around insertText do not double syllables', async ({ page }) => {
  const docId = await createDoc(page.request, PARAGRAPHS);
  await openEditor(page, docId);
  const el = editorIn(page);
  await el.evaluate((node) => {
    node.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    node.dispatchEvent(new CompositionEvent('compositionupdate', { data: '안' }));
  });
  await page.keyboard.insertText('안');
  await el.evaluate((node) => node.dispatchEvent(new CompositionEvent('compositionend', { data: '안' })));
  await el.evaluate((node) => {
    node.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    node.dispatchEvent(new CompositionEvent('compositionupdate', { data: '녕' }));
  });
  await page.keyboard.insertText('녕');
  await el.evaluate((node) => node.dispatchEvent(new CompositionEvent('compositionend', { data: '녕' })));
  await expect(el).toHaveText('안녕');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  expect((await segmentsOf(page.request, docId))[0]!.targetText).toBe('안녕');
});

test('composing Hangul inside a QA underline and an annotation highlight loses and doubles nothing', async ({ page }) => {
  const docId = await createDoc(page.request, ['The exercise ends on August 20th.', 'Officials met at the border.']);
  const [seg] = await segmentsOf(page.request, docId);
  const res = await page.request.patch(`/api/v1/segments/${seg!.id}`, {
    data: { target: '훈련은 8월 2일에 끝난다.', version: seg!.version },
  });
  expect(res.ok()).toBe(true);
  const note = await page.request.post(`/api/v1/segments/${seg!.id}/annotations`, {
    data: { side: 'target', start: 7, end: 12, category: 'locale/number', severity: 'major', comment: '20일' },
  });
  expect(note.status(), await note.text()).toBe(201);
  await openEditor(page, docId, undefined, '?s=1');
  const el = editorIn(page);
  await expect(el.locator('mark.qa')).toHaveText('2');
  await expect(el.locator('mark.annotation')).toHaveText('2일에 끝');
  const cdp = await page.context().newCDPSession(page);
  // Caret right after "2" (the end of the underline, inside the highlight), then 0 and 한 composed.
  await el.click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowRight');
  for (const text of ['ㅎ', '하', '한']) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await page.waitForTimeout(30);
  }
  await cdp.send('Input.insertText', { text: '한' });
  await page.keyboard.insertText('0');
  await expect(el).toHaveText('훈련은 8월 2한0일에 끝난다.');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  const saved = (await segmentsOf(page.request, docId))[0]!;
  expect(saved.targetText).toBe('훈련은 8월 2한0일에 끝난다.');
  expect(JSON.stringify(saved)).not.toContain('annotation');
});
