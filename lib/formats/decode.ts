// Turns uploaded bytes into text: UTF-8 (with or without BOM) and UTF-16 LE/BE (with a BOM, or
// without one when the NUL-byte pattern gives it away). Anything else — binary data, invalid UTF-8,
// files over the size limit, empty files — is refused with an ImportError that says what is wrong.
import { ImportError } from './import/errors';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  bom: boolean;
}

/** Throws 'too_large' over MAX_IMPORT_BYTES and 'empty' for a zero-byte file. */
export function checkImportSize(bytes: Uint8Array): void {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError(
      'too_large',
      `The file is ${formatMegabytes(bytes.length)}; files up to ${formatMegabytes(MAX_IMPORT_BYTES)} can be imported.`,
    );
  }
  if (bytes.length === 0) throw new ImportError('empty', 'The file is empty (0 bytes).');
}

export function formatMegabytes(n: number): string {
  const mb = n / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/**
 * Decodes bytes to a string (BOM removed). C0 control characters other than tab, newline and
 * carriage return are dropped (form feed and vertical tab become newlines): they are invisible and
 * not allowed in XML exports. Throws ImportError: too_large, empty, binary or encoding.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  checkImportSize(bytes);
  const { encoding, bom } = detectEncoding(bytes);
  let text: string;
  if (encoding === 'utf-8') {
    const body = bom ? bytes.subarray(3) : bytes;
    if (body.includes(0)) {
      throw new ImportError('binary', 'The file looks like binary data, not text (it contains NUL bytes).');
    }
    const bad = firstInvalidUtf8(body);
    if (bad >= 0) {
      if (looksBinary(body)) throw new ImportError('binary', 'The file looks like binary data, not text.');
      const byte = body[bad]!.toString(16).toUpperCase().padStart(2, '0');
      throw new ImportError(
        'encoding',
        `The file is not valid UTF-8 text (invalid byte 0x${byte} at offset ${bad + (bom ? 3 : 0)}). ` +
          'Save it as UTF-8 (or UTF-16) and try again.',
      );
    }
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  } else {
    const body = bom ? bytes.subarray(2) : bytes;
    const label = encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
    if (body.length % 2 !== 0) {
      throw new ImportError('encoding', `The file looks like ${label} text but has an odd number of bytes (truncated?).`);
    }
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      throw new ImportError('encoding', `The file looks like ${label} text but contains invalid UTF-16 (a lone surrogate).`);
    }
    if (text.includes('\u0000')) {
      throw new ImportError('binary', 'The file looks like binary data, not text (it contains NUL characters).');
    }
  }
  if (controlRatio(text) > 0.01)
    throw new ImportError('binary', 'The file looks like binary data, not text (too many control characters).');
  text = text.replace(/[\u000b\u000c]/g, '\n').replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '');
  if (/^[\s\u00a0\u2000-\u200b\u3000\ufeff]*$/.test(text)) {
    throw new ImportError('empty', 'The file contains only whitespace; there is no text to import.');
  }
  return { text, encoding, bom };
}

export function detectEncoding(bytes: Uint8Array): { encoding: TextEncoding; bom: boolean } {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bom: true };
  if (a === 0xff && b === 0xfe) {
    if (c === 0 && d === 0 && bytes.length >= 4) throw new ImportError('encoding', 'UTF-32 text is not supported; save the file as UTF-8.');
    return { encoding: 'utf-16le', bom: true };
  }
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: true };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff)
    throw new ImportError('encoding', 'UTF-32 text is not supported; save the file as UTF-8.');
  // BOM-less UTF-16: mostly-ASCII text has a NUL in every other byte.
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n >= 4) {
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < n; i += 2) {
      if (bytes[i] === 0) evenNul++;
      if (bytes[i + 1] === 0) oddNul++;
    }
    const pairs = n / 2;
    if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.05) return { encoding: 'utf-16le', bom: false };
    if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.05) return { encoding: 'utf-16be', bom: false };
  }
  return { encoding: 'utf-8', bom: false };
}

/** Index of the first byte that breaks UTF-8 (overlongs, surrogates and > U+10FFFF included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return i;
    if (i + need >= n) return i; // truncated sequence
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > Math.max(2, n * 0.01);
}

function controlRatio(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const m = sample.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g);
  const count = m?.length ?? 0;
  return count <= 8 ? 0 : count / sample.length;
}
