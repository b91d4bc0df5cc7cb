import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { utf16le, utf8 } from '../fixtures/import/helpers';
import { ImportError, importDocument } from './index';
import { parseSubFs, parseXliff } from './xliff';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/import', name), 'utf8');

function xliffError(xml: string): ImportError {
  try {
    parseXliff(xml);
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('XLIFF 1.2 import', () => {
  it('reads trans-units with targets, languages, marks and line breaks', async () => {
    const doc = await importDocument({ bytes: utf8(fixture('xliff-1.2.xlf')), filename: 'radio.xlf' });
    expect(doc).toMatchObject({ format: 'xliff', sourceLang: 'en-US', targetLang: 'ko-KR', title: 'Korean Peninsula A to Z' });
    expect(doc.segments.map((s) => [s.text, s.target?.text])).toEqual([
      ['Korean Peninsula A to Z', '한반도 A to Z'],
      [
        'North Korea’s foreign ministry said\non Tuesday it is “on a new path” & more.',
        '북한 외무성은\n화요일 “새로운 길”을 간다고 말했다.',
      ],
      ['Kwon Jong-gun(권정근) lashed out.', undefined],
    ]);
    expect(doc.segments[1]!.content.slice(0, 3)).toEqual([
      { type: 'text', text: 'North Korea’s ' },
      { type: 'text', text: 'foreign ministry', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' said' },
    ]);
    expect(doc.segments.map((s) => s.externalId)).toEqual(['1', '2', '3']);
    expect(doc.segments[1]!.target!.content[1]).toEqual({ type: 'text', text: '외무성', marks: [{ type: 'bold' }] });
  });

  it('reads a UTF-16 XLIFF file found by sniffing', async () => {
    const doc = await importDocument({ bytes: utf16le(fixture('xliff-1.2.xlf')) });
    expect(doc.format).toBe('xliff');
    expect(doc.segments).toHaveLength(3);
  });
});

describe('XLIFF 2.0 import', () => {
  it('joins the segments of a unit, keeps targets only when complete, maps pc/mrk/ph', () => {
    const doc = parseXliff(fixture('xliff-2.0.xlf'));
    expect(doc).toMatchObject({ sourceLang: 'en', targetLang: 'ko', title: 'Radio script' });
    expect(doc.segments.map((s) => [s.text, s.target?.text])).toEqual([
      ['The U.N. World Food Program warned. It lasted two to three weeks.', '유엔 세계식량계획은 경고했다. 그것은 2~3주 지속되었다.'],
      ['Only one of two segments\nis translated.Second sentence.', undefined],
      ['Read more & this.', undefined],
    ]);
    expect(doc.segments[0]!.content[1]).toEqual({ type: 'text', text: 'warned', marks: [{ type: 'italic' }] });
    expect(doc.segments[2]!.content).toEqual([
      { type: 'text', text: 'Read ' },
      { type: 'text', text: 'more', marks: [{ type: 'link', attrs: { href: 'https://example.com/a,b' } }] },
      { type: 'text', text: ' & this.' },
    ]);
  });

  it('parses fs:subFs with escapes', () => {
    expect(parseSubFs('href,http://a.b/?x=1\\,2\\title,A \\\\ B')).toEqual({ href: 'http://a.b/?x=1,2', title: 'A \\ B' });
  });
});

describe('XLIFF errors', () => {
  it('reports truncated XLIFF as malformed, naming the problem and the line', () => {
    const xml = fixture('xliff-2.0.xlf');
    const cut = xml.slice(0, xml.indexOf('<target>유엔') + 12);
    const e = xliffError(cut);
    expect(e.code).toBe('malformed');
    expect(e.message).toBe(
      'The XLIFF file is not well-formed XML: unexpected end of file at line 7 (still open: <xliff> > <file> > <unit> > <segment> > <target>)',
    );
  });

  it('reports mismatched tags with line and column', () => {
    const e = xliffError('<?xml version="1.0"?>\n<xliff version="2.0" srcLang="en">\n<file id="f"><unit id="u"></file></xliff>');
    expect(e.message).toBe(
      "The XLIFF file is not well-formed XML: Expected closing tag 'unit' (opened in line 3, col 14) instead of closing tag 'file' at line 3, column 27",
    );
  });

  it('refuses XML that is not XLIFF, unknown versions and files without units', () => {
    expect(xliffError('<tmx version="1.4"/>')).toMatchObject({
      code: 'unsupported',
      message: 'The file is XML but not XLIFF (its root element is <tmx>, expected <xliff>).',
    });
    expect(xliffError('<xliff version="3.0"><file/></xliff>').message).toMatch(/version "3.0" is not supported/);
    expect(xliffError('<xliff version="2.0" srcLang="en"><file id="f"/></xliff>').code).toBe('empty');
  });

  it('does not expand DTD entities', () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY boom "BOOM">]>' +
      '<xliff version="1.2"><file source-language="en"><body><trans-unit id="1"><source>a &boom; b</source></trans-unit></body></file></xliff>';
    expect(parseXliff(xml).segments[0]!.text).toBe('a &boom; b');
  });
});
