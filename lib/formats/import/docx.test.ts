import { describe, expect, it } from 'vitest';
import { buildDocx, DOCX_PARTS, lieAboutSize, utf8 } from '../fixtures/import/helpers';
import { ImportError, importDocument } from './index';

async function importError(bytes: Uint8Array): Promise<ImportError> {
  try {
    await importDocument({ bytes, filename: 'doc.docx' });
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('docx import', () => {
  it('reads headings, bold, italic, safe links and breaks', async () => {
    const doc = await importDocument({ bytes: await buildDocx(), filename: 'script.docx' });
    expect(doc.format).toBe('docx');
    expect(doc.title).toBe('Korean Peninsula A to Z');
    expect(doc.segments.map((s) => [s.kind, s.level, s.text])).toEqual([
      ['heading', 1, 'Korean Peninsula A to Z'],
      ['heading', 2, 'Korea, Today and Tomorrow'],
      ['paragraph', undefined, 'North Korea’s foreign ministry said it is “on a new path” (source).'],
      ['paragraph', undefined, 'Italic and a bad link\nafter a break'],
    ]);
    expect(doc.segments[2]!.content).toEqual([
      { type: 'text', text: 'North Korea’s ' },
      { type: 'text', text: 'foreign ministry', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' said it is “on a new path” ' },
      { type: 'text', text: '(source)', marks: [{ type: 'link', attrs: { href: 'https://example.com/a?b=1&c=2' } }] },
      { type: 'text', text: '.' },
    ]);
    expect(doc.segments[3]!.content).toEqual([
      { type: 'text', text: 'Italic', marks: [{ type: 'italic' }] },
      { type: 'text', text: ' and a bad link' },
      { type: 'hardBreak' },
      { type: 'text', text: 'after a break' },
    ]);
  });

  it('is found by sniffing a ZIP without a file name', async () => {
    expect((await importDocument({ bytes: await buildDocx() })).format).toBe('docx');
  });

  it('rejects what is not a .docx', async () => {
    expect(await importError(utf8('plain text, not a zip'))).toMatchObject({
      code: 'malformed',
      message: 'The file is not a valid .docx document (it is not a ZIP archive).',
    });
    const noDocument = { ...DOCX_PARTS };
    delete noDocument['word/document.xml'];
    expect(await importError(await buildDocx(noDocument))).toMatchObject({
      code: 'malformed',
      message: 'The file is not a valid .docx document (the ZIP archive has no word/document.xml).',
    });
    const truncated = (await buildDocx()).slice(0, 300);
    expect((await importError(truncated)).message).toMatch(/^The file is not a valid \.docx document \(the ZIP archive is corrupt/);
  });

  it('refuses a zip bomb from its central directory without inflating it', async () => {
    const bomb = await buildDocx({ ...DOCX_PARTS, 'word/media/zeros.bin': new Uint8Array(60 * 1024 * 1024) }, 9);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    // The message is the central-directory check's own: unpacking first would fail differently.
    const e = await importError(bomb);
    expect(e.code).toBe('too_large');
    expect(e.message).toBe('The .docx document would unpack to more than 50 MB; it was refused without unpacking.');
  });

  it('refuses an entry compressed more than 100:1', async () => {
    const bomb = await buildDocx({ ...DOCX_PARTS, 'word/footnotes.xml': new Uint8Array(20 * 1024 * 1024) }, 9);
    const e = await importError(bomb);
    expect(e.code).toBe('malformed');
    expect(e.message).toMatch(/^The \.docx document looks like a zip bomb: "word\/footnotes\.xml" is compressed \d+:1 \(more than 100:1\)/);
  });

  it('stops inflating an entry that is larger than its central directory says', async () => {
    const big = utf8(`<x>${'a'.repeat(900_000)}</x>`);
    const zip = lieAboutSize(await buildDocx({ ...DOCX_PARTS, 'word/comments.xml': big }), 'word/comments.xml', 1000);
    const e = await importError(zip);
    expect(e.code).toBe('malformed');
    expect(e.message).toBe('The file is not a valid .docx document ("word/comments.xml" unpacks to more than its declared size).');
  });
});
