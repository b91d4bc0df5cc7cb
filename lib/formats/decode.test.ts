import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding, firstInvalidUtf8, MAX_IMPORT_BYTES } from './decode';
import { utf16be, utf16le, utf8 } from './fixtures/import/helpers';
import { ImportError } from './import/errors';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'ok';
}

describe('decodeText', () => {
  const sample = 'North Korea’s “new path” — 권정근\u00a0';

  it('decodes UTF-8 with and without BOM and UTF-16 LE/BE with a BOM', () => {
    expect(decodeText(utf8(sample))).toEqual({ text: sample, encoding: 'utf-8', bom: false });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]))).toEqual({ text: sample, encoding: 'utf-8', bom: true });
    expect(decodeText(utf16le(sample))).toEqual({ text: sample, encoding: 'utf-16le', bom: true });
    expect(decodeText(utf16be(sample))).toEqual({ text: sample, encoding: 'utf-16be', bom: true });
  });

  it('detects BOM-less UTF-16 by its NUL pattern', () => {
    const text = 'Plain English text, mostly ASCII.\nSecond line.';
    expect(detectEncoding(utf16le(text, false))).toEqual({ encoding: 'utf-16le', bom: false });
    expect(decodeText(utf16be(text, false)).text).toBe(text);
  });

  it('rejects binary data and invalid UTF-8 with precise messages', () => {
    expect(codeOf(() => decodeText(new Uint8Array([0x41, 0x00, 0x42, 0x43, 0x00, 0x00, 0x01, 0x44])))).toMatch(/^binary: .*NUL/);
    expect(
      codeOf(() =>
        decodeText(
          utf8('Caf\u00e9')
            .map((b, i) => (i === 3 ? 0xe9 : b))
            .slice(0, 4),
        ),
      ),
    ).toBe('encoding: The file is not valid UTF-8 text (invalid byte 0xE9 at offset 3). Save it as UTF-8 (or UTF-16) and try again.');
    expect(codeOf(() => decodeText(new Uint8Array([...utf8('a'.repeat(100)), ...Array(20).fill(0x01)])))).toMatch(/^binary: .*control/);
    expect(codeOf(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41])))).toMatch(/^encoding: .*odd number of bytes/);
  });

  it('refuses empty, whitespace-only and oversized input', () => {
    expect(codeOf(() => decodeText(new Uint8Array()))).toBe('empty: The file is empty (0 bytes).');
    expect(codeOf(() => decodeText(utf8(' \n\t\u00a0\n')))).toMatch(/^empty: .*only whitespace/);
    expect(codeOf(() => decodeText(new Uint8Array(MAX_IMPORT_BYTES + 1)))).toMatch(/^too_large: The file is 10\.0 MB; files up to 10 MB/);
  });

  it('drops stray control characters but keeps tabs and newlines', () => {
    expect(decodeText(utf8('a\u0007b\tc\u000bd\r\ne')).text).toBe('ab\tc\nd\r\ne');
  });
});

describe('firstInvalidUtf8', () => {
  it('finds overlongs, surrogates, truncated sequences', () => {
    expect(firstInvalidUtf8(utf8('ok 한국 😀'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });
});
