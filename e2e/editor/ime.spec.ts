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
  page.on('request', (r) => { if (r.method() === 'PATCH') patches.push(r.postData() ?? ''); });

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
