import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docToText, inlineToDoc } from '../../editor/doc';
import { seededBytes, utf16be, utf16le, utf8 } from '../fixtures/import/helpers';
import { ImportError, importDocument, MAX_IMPORT_BYTES, sniffTextFormat, type ImportedDocument } from './index';

const fixture = readFileSync(path.join(__dirname, '../../../e2e/fixtures/korean-peninsula-a-to-z.en.txt'), 'utf8');

export async function importError(input: Parameters<typeof importDocument>[0]): Promise<ImportError> {
  try {
    await importDocument(input);
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

export function expectConsistent(doc: ImportedDocument): void {
  for (const s of doc.segments) {
    expect(s.text).toBe(docToText(inlineToDoc(s.content)));
    expect(s.text).not.toMatch(/^[\s\u00a0]|[\s\u00a0]$/);
    if (s.target) expect(s.target.text).toBe(docToText(inlineToDoc(s.target.content)));
  }
}

describe('importDocument: plain text', () => {
  it('imports the radio script as 21 segments, quotes kept, no trailing no-break spaces', async () => {
    const doc = await importDocument({ bytes: utf8(fixture), filename: 'korean-peninsula-a-to-z.en.txt' });
    expect(doc.format).toBe('text');
    expect(doc.title).toBe('Korean Peninsula A to Z'); // its first line reads like a title (issue #17 item 6), not the file name
    expect(doc.segments).toHaveLength(21);
    expect(doc.segments[0]).toEqual({
      kind: 'paragraph',
      content: [{ type: 'text', text: 'Korean Peninsula A to Z' }],
      text: 'Korean Peninsula A to Z',
    });
    expect(doc.segments[20]!.text).toBe('Latest News');
    expect(doc.segments.map((s) => s.text).join('\n')).toContain('“new path,”');
    expect(doc.segments.some((s) => s.text.includes('’'))).toBe(true);
    expect(doc.segments.some((s) => s.text.endsWith('\u00a0'))).toBe(false);
    expectConsistent(doc);
  });

  it('gives the same segments from UTF-16 LE, UTF-16 BE and UTF-8 with a BOM', async () => {
    const expected = (await importDocument({ bytes: utf8(fixture), filename: 'a.txt' })).segments;
    for (const bytes of [utf16le(fixture), utf16be(fixture), new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(fixture)])]) {
      const doc = await importDocument({ bytes, filename: 'a.txt' });
      expect(doc.segments).toEqual(expected);
    }
  });

  it('keeps single newlines inside a paragraph as hard breaks', async () => {
    const doc = await importDocument({ bytes: utf8('Line one\nline two\n\nNext'), format: 'text' });
    expect(doc.segments[0]!.content).toEqual([
      { type: 'text', text: 'Line one' },
      { type: 'hardBreak' },
      { type: 'text', text: 'line two' },
    ]);
    expect(doc.segments[0]!.text).toBe('Line one\nline two');
  });
});

describe('importDocument: format choice', () => {
  it('uses format, then extension, then sniffing', async () => {
    const md = utf8('# Heading\n\nSome **bold** text.');
    expect((await importDocument({ bytes: md, filename: 'notes.md' })).format).toBe('markdown');
    expect((await importDocument({ bytes: md, filename: 'notes.txt' })).format).toBe('text');
    expect((await importDocument({ bytes: md, filename: 'notes.txt', format: 'markdown' })).format).toBe('markdown');
    expect((await importDocument({ bytes: md })).format).toBe('markdown');
    expect((await importDocument({ bytes: utf8('<p>Hello</p>') })).format).toBe('html');
    expect((await importDocument({ bytes: utf8('Just words.\n\nMore words.') })).format).toBe('text');
    expect(sniffTextFormat('<?xml version="1.0"?>\n<xliff version="2.0">')).toBe('xliff');
  });

  it('refuses formats it cannot read with a message saying what to do', async () => {
    expect((await importError({ bytes: utf8('x'), filename: 'old.doc' })).message).toMatch(/save the file as \.docx/);
    const tmx = await importError({ bytes: utf8('<?xml version="1.0"?><tmx version="1.4"><header/><body/></tmx>') });
    expect(tmx.code).toBe('unsupported');
    expect(tmx.message).toMatch(/translation memor/);
  });
});

describe('importDocument: bad input', () => {
  it('rejects random bytes as binary', async () => {
    for (const filename of [undefined, 'random.txt', 'random.html']) {
      const e = await importError({ bytes: seededBytes(4096, 7), filename });
      expect(['binary', 'unsupported']).toContain(e.code);
    }
  });

  it('rejects an 11 MB buffer as too large before reading it', async () => {
    const e = await importError({ bytes: new Uint8Array(11 * 1024 * 1024).fill(0x61), filename: 'big.txt' });
    expect(e.code).toBe('too_large');
    expect(e.message).toBe('The file is 11 MB; files up to 10 MB can be imported.');
    expect((await importError({ bytes: new Uint8Array(MAX_IMPORT_BYTES + 1), filename: 'big.docx' })).code).toBe('too_large');
  });

  it('rejects empty and whitespace-only files and documents without text', async () => {
    expect(await importError({ bytes: new Uint8Array(), filename: 'empty.txt' })).toMatchObject({
      code: 'empty',
      message: 'The file is empty (0 bytes).',
    });
    expect((await importError({ bytes: utf8('  \n\n \u00a0 '), filename: 'blank.md' })).code).toBe('empty');
    const e = await importError({ bytes: utf8('<html><body><script>alert(1)</script></body></html>'), filename: 'x.html' });
    expect(e).toMatchObject({ code: 'empty', message: 'The HTML file contains no text to translate (no paragraphs found).' });
  });
});

describe('importDocument: 2,000 paragraphs', () => {
  const paragraphs = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i} with “quotes”, some words and a number ${i * 7}.`);
  const inputs = {
    text: paragraphs.join('\n\n'),
    markdown: paragraphs.map((p, i) => (i % 50 === 0 ? `## ${p}` : i % 3 === 0 ? `- **${p}**` : p)).join('\n\n'),
    html: `<html><body>${paragraphs.map((p, i) => (i % 2 ? `<p>${p} <em>em</em> <a href="/x">link</a></p>` : `<li>${p}</li>`)).join('\n')}</body></html>`,
  } as const;

  for (const [format, source] of Object.entries(inputs)) {
    it(`imports 2,000 ${format} paragraphs (bench/speed times it)`, async () => {
      const doc = await importDocument({ bytes: utf8(source), format: format as keyof typeof inputs });
      expect(doc.segments).toHaveLength(2000);
    });
  }
});
