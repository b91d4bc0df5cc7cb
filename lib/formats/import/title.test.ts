import { describe, expect, it } from 'vitest';
import { importDocument } from './index';
import { looksLikeTitle, titleFromFileName, titleFromSegments } from './title';

const utf8 = (s: string) => new TextEncoder().encode(s);
const para = (text: string) => ({ kind: 'paragraph' as const, content: [{ type: 'text' as const, text }], text });

describe('looksLikeTitle', () => {
  it('takes short lines without a sentence ending', () => {
    for (const t of [
      'Korean Peninsula A to Z',
      'N. Korea Sends Dialogue Signals to U.S.',
      'Is Pyongyang Testing the Waters?',
      '오늘의 한반도',
    ])
      expect(looksLikeTitle(t), t).toBe(true);
  });
  it('refuses sentences, long lines, lowercase starts and bare numbers', () => {
    for (const t of [
      'Kwon lashed out at Seoul.',
      'Today, we will discuss:',
      'a lowercase start',
      '2019',
      'word '.repeat(20),
      'x'.repeat(121),
    ])
      expect(looksLikeTitle(t), t).toBe(false);
  });
});

describe('titleFromSegments / titleFromFileName', () => {
  it('prefers a level-1 heading, then any heading, then a title-like first paragraph', () => {
    const h = (text: string, level: number) => ({ ...para(text), kind: 'heading' as const, level });
    expect(titleFromSegments([para('Intro line'), h('Section', 2), h('Main', 1)])).toBe('Main');
    expect(titleFromSegments([para('Intro.'), h('Section', 2)])).toBe('Section');
    expect(titleFromSegments([para('Korean Peninsula A to Z'), para('Text.')])).toBe('Korean Peninsula A to Z');
    expect(titleFromSegments([para('The recent launches are plunging relations into tension.')])).toBeUndefined();
  });
  it('cleans a file name used as the last resort', () => {
    expect(titleFromFileName('exports/drafts\\Radio script.en.html')).toBe('Radio script');
    expect(titleFromFileName(undefined)).toBeUndefined();
  });
});

describe('importDocument takes the title from the file, not its name', () => {
  it('Markdown: the first # heading, else the first heading', async () => {
    expect((await importDocument({ bytes: utf8('Intro.\n\n# The Title\n\nText.'), filename: 'file-name.md' })).title).toBe('The Title');
    expect((await importDocument({ bytes: utf8('Intro.\n\n## A Section\n\nText.'), filename: 'file-name.md' })).title).toBe('A Section');
  });
  it('HTML: <title>, else <h1>', async () => {
    expect(
      (
        await importDocument({
          bytes: utf8('<html><head><title>Doc Title</title></head><body><h1>H</h1><p>x.</p></body></html>'),
          filename: 'a.html',
        })
      ).title,
    ).toBe('Doc Title');
    expect((await importDocument({ bytes: utf8('<p>Intro.</p><h1>Main Heading</h1><p>x.</p>'), filename: 'a.html' })).title).toBe(
      'Main Heading',
    );
  });
  it('plain text: a title-like first line; none for a text that starts with a sentence', async () => {
    expect(
      (
        await importDocument({
          bytes: utf8('Korean Peninsula A to Z\n\nKorea, Today and Tomorrow\n\nText.'),
          filename: 'korean-peninsula-a-to-z.en.txt',
        })
      ).title,
    ).toBe('Korean Peninsula A to Z');
    expect((await importDocument({ bytes: utf8('The launches go on.\n\nMore text.'), filename: 'x.txt' })).title).toBeUndefined();
  });
  it('XLIFF: a title-like first unit, else the original file name without its folder and extension', async () => {
    const xliff = (first: string) =>
      `<?xml version="1.0"?><xliff version="1.2"><file original="in/radio-script.html" source-language="en" target-language="ko" datatype="html"><body>` +
      `<trans-unit id="1"><source>${first}</source></trans-unit><trans-unit id="2"><source>More text.</source></trans-unit></body></file></xliff>`;
    expect((await importDocument({ bytes: utf8(xliff('Radio Script Title')), filename: 'job.xlf' })).title).toBe('Radio Script Title');
    expect((await importDocument({ bytes: utf8(xliff('It begins with a sentence.')), filename: 'job.xlf' })).title).toBe('radio-script');
  });
});
