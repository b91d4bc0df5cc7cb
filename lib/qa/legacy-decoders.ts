// Korean UTF-8 read through any legacy code page. The bytes of a Hangul syllable in UTF-8 are a lead
// 0xEA–0xED and two continuation bytes 0x80–0xBF; a wrong decoder turns them into Cyrillic and box
// drawing (KOI8-R: 소비자 → Л├▄К╧└Л·░), accented Latin (Windows-1250, Mac Roman), Greek, or pairs
// of them into Chinese characters (GBK: 판결문 → 韺愱舶氍胳), kanji or kana (Shift_JIS, EUC-JP, Big5).
// Rather than one table per code page, a suspect run (characters that are neither ASCII nor Hangul)
// is encoded back through every legacy decoder the platform has (WHATWG Encoding's TextDecoder, in
// Node and browsers; two DOS code pages it lacks from code-pages.ts) and flagged when the bytes it
// gives back read as UTF-8 Hangul: two syllables in a row from the 2,350 of KS X 1001, making up at
// least half of the run's bytes. Words in those scripts almost never do (their letters are not three-
// byte sequences of exactly that shape). CP949 and Windows-1252 are read in broken-text.ts itself.
import { CODE_PAGES } from './code-pages';
import { isKsX1001Syllable } from './ks-x-1001';

const SINGLE_BYTE = [
  'ibm866',
  'iso-8859-2',
  'iso-8859-3',
  'iso-8859-4',
  'iso-8859-5',
  'iso-8859-6',
  'iso-8859-7',
  'iso-8859-8',
  'iso-8859-10',
  'iso-8859-13',
  'iso-8859-14',
  'iso-8859-15',
  'iso-8859-16',
  'koi8-r',
  'koi8-u',
  'macintosh',
  'windows-874',
  'windows-1250',
  'windows-1251',
  'windows-1252',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1256',
  'windows-1257',
  'windows-1258',
  'x-mac-cyrillic',
];
export const DOUBLE_BYTE = ['gbk', 'big5', 'shift_jis', 'euc-jp'];
// The byte values of UTF-8 Hangul: continuation bytes and the four lead bytes.
const HANGUL_BYTES = [...Array.from({ length: 0x40 }, (_, i) => 0x80 + i), 0xea, 0xeb, 0xec, 0xed];

export function decoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null; // a runtime without that legacy decoder (Node built with small ICU)
  }
}

export type Reverse = Map<string, number[]>;
let singleMaps: Reverse[] | null = null;
let doubleMaps: Reverse[] | null = null;

/** Character → byte for the upper half of each single-byte code page (undefined bytes as their C1 control). */
export function singles(): Reverse[] {
  if (singleMaps) return singleMaps;
  const upper = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
  const pages = SINGLE_BYTE.map((l) => decoder(l)?.decode(upper)).filter((s): s is string => s?.length === 128);
  pages.push(...Object.values(CODE_PAGES));
  singleMaps = pages.map((s) => {
    const m: Reverse = new Map();
    [...s].forEach((ch, i) => m.set(ch === '\uFFFD' ? String.fromCharCode(0x80 + i) : ch, [0x80 + i]));
    return m;
  });
  return singleMaps;
}

/** Character → bytes for every pair (and lone byte) of Hangul's byte values each double-byte decoder reads as one character. */
function doubles(): Reverse[] {
  if (doubleMaps) return doubleMaps;
  doubleMaps = [];
  for (const label of DOUBLE_BYTE) {
    const d = decoder(label);
    if (!d) continue;
    const m: Reverse = new Map();
    // One decode per code page: every pair followed by a newline, which re-synchronises the decoder.
    const pairs = HANGUL_BYTES.flatMap((a) => HANGUL_BYTES.map((b) => [a, b]));
    const parts = d.decode(Uint8Array.from(pairs.flatMap(([a, b]) => [a!, b!, 0x0a]))).split('\n');
    if (parts.length === pairs.length + 1)
      parts.forEach((ch, i) => {
        if (ch.length === 1 && ch !== '\uFFFD') m.set(ch, pairs[i]!);
      });
    const lone = d.decode(Uint8Array.from(HANGUL_BYTES.flatMap((b) => [b, 0x0a]))).split('\n');
    lone.forEach((ch, i) => {
      if (ch.length === 1 && ch !== '\uFFFD' && i < HANGUL_BYTES.length && !m.has(ch)) m.set(ch, [HANGUL_BYTES[i]!]);
    });
    doubleMaps.push(m);
  }
  return doubleMaps;
}

function syllableAt(bytes: number[], i: number): boolean {
  const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
  if (a < 0xea || a > 0xed || b === undefined || c === undefined || b < 0x80 || b > 0xbf || c < 0x80 || c > 0xbf) return false;
  const code = ((a & 0x0f) << 12) | ((b & 0x3f) << 6) | (c & 0x3f);
  return code >= 0xac00 && code <= 0xd7a3 && isKsX1001Syllable(code);
}

/** Whether bytes read as UTF-8 hold two KS X 1001 syllables in a row and syllables fill half of them. */
export function readsAsHangul(bytes: number[]): boolean {
  let covered = 0;
  let run = 0;
  let pair = false;
  for (let i = 0; i < bytes.length;) {
    if (syllableAt(bytes, i)) {
      covered += 3;
      i += 3;
      if (++run >= 2) pair = true;
    } else {
      run = 0;
      i++;
    }
  }
  return pair && covered * 2 >= bytes.length;
}

const reencode = (run: string[], m: Reverse) => run.flatMap((ch) => m.get(ch) ?? [0]);
// A suspect character: not ASCII, not Hangul, not a space (a no-break space is 0xA0 in most pages).
export const suspect = (c: number) => c >= 0x80 && (c < 0xac00 || c > 0xd7a3) && c !== 0x3000 && (c < 0x2000 || c > 0x200b);
export const MAY_HOLD_LEGACY = /[\u0080-\u052F\u0590-\u06FF\u0E00-\u0E7F\u1E00-\u1EFF\u2010-\u25FF\u3040-\u30FF\u3400-\u9FFF\uF900-\uFFEF]/;

/** The maximal runs of suspect characters in `t`, as spans with their characters. */
export function* suspectRuns(t: string): Generator<{ start: number; end: number; run: string[] }> {
  for (let i = 0; i < t.length; i++) {
    if (!suspect(t.charCodeAt(i))) continue;
    let j = i;
    while (j < t.length && suspect(t.charCodeAt(j))) j++;
    yield { start: i, end: j, run: [...t.slice(i, j)] };
    i = j;
  }
}

/** Spans of `t` that are Korean UTF-8 decoded through a legacy single- or double-byte code page. */
export function utf8AsLegacyCodePage(t: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const { start, end, run } of suspectRuns(t)) {
    const hit =
      (run.length >= 6 && singles().some((m) => readsAsHangul(reencode(run, m)))) ||
      (run.length >= 3 && run.some((ch) => ch.charCodeAt(0) >= 0x2e80) && doubles().some((m) => readsAsHangul(reencode(run, m))));
    if (hit) out.push({ start, end });
  }
  return out;
}

// Korean UTF-8 read as UTF-16 (애리조나에서 → 闬ꂦ…): each pair of bytes becomes one 16-bit unit.
// Hangul's UTF-8 bytes are 0x80–0xBF and 0xEA–0xED, so every unit has both bytes in those ranges:
// CJK ideographs (0x80–0x9F high byte), Yi, stray Hangul syllables (0xAC–0xBF) and private-use
// characters (0xEA–0xED). A run of such units holding something other than Hangul is split back into
// its bytes, little- and big-endian, and flagged when they read as Hangul UTF-8.
const utf16Unit = (c: number) => {
  const hi = c >> 8;
  const lo = c & 0xff;
  return ((hi >= 0x80 && hi <= 0xbf) || (hi >= 0xea && hi <= 0xed)) && ((lo >= 0x80 && lo <= 0xbf) || (lo >= 0xea && lo <= 0xed));
};
export const MAY_HOLD_UTF16 = /[\u8000-\u9FFF\uA000-\uABFF\uE000-\uEDFF]/;

/** Spans of `t` that are Korean UTF-8 whose bytes were read as UTF-16 (either byte order). */
export function utf8AsUtf16(t: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < t.length; i++) {
    if (!utf16Unit(t.charCodeAt(i))) continue;
    let j = i;
    let foreign = false;
    for (; j < t.length && utf16Unit(t.charCodeAt(j)); j++) {
      const c = t.charCodeAt(j);
      if (c < 0xac00 || c > 0xd7a3) foreign = true;
    }
    if (foreign && j - i >= 3) {
      const le: number[] = [];
      const be: number[] = [];
      for (let k = i; k < j; k++) {
        const c = t.charCodeAt(k);
        le.push(c & 0xff, c >> 8);
        be.push(c >> 8, c & 0xff);
      }
      if (readsAsHangul(le) || readsAsHangul(be)) out.push({ start: i, end: j });
    }
    i = j;
  }
  return out;
}
