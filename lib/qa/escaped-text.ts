// Korean left as escape codes instead of text: percent-encoded as a web address carries it, in UTF-8
// (환승으로 → %ED%99%98%EC%8A%B9…) or in EUC-KR as older Korean sites sent it (%C8%AF%BD%C2…);
// JSON or JavaScript escapes (\uD658\uC2B9, and escape()'s %uD658%uC2B9); byte escapes of a program's output (\xed\x99\x98);
// quoted-printable, as an e-mail carries it (=EB=82=B4=EA=B5=AD: the same bytes after = signs);
// UTF-7 from an old mail gateway (+1Vy+W7mswRzOWKwA-: UTF-16 in base64 after a + sign); HTML numeric
// character references (&#54801;&#49345;: two Hangul syllables or more in a row); MIME encoded words
// from a mail header (=?UTF-8?B?64OJ66ek?=, =?EUC-KR?Q?…?=).
// Flagged when the codes decode as Hangul (UTF-8 percent escapes: any; \u escapes: two syllables;
// EUC-KR and byte escapes: two syllables in a row, as euc-kr-misread.ts and legacy-decoders.ts read them). Inside
// a web address (a token with / ? = & or #) percent escapes are the address's own spelling.
import { readsAsEucKrHangul } from './euc-kr-misread';
import { readsAsHangul } from './legacy-decoders';

type Span = { start: number; end: number };
const PERCENT_RE = /(?:%[0-9A-Fa-f]{2}){3,}/g;
const QUOTED_PRINTABLE_RE = /(?:=[0-9A-F]{2}){3,}/g;
const UNICODE_RE = /(?:\\u[0-9A-Fa-f]{4}){2,}/g;
// JavaScript's escape(), as an old web form or cookie stores Korean: %u and the UTF-16 code unit (%uC218%uC11D).
const PERCENT_U_RE = /(?:%u[0-9A-Fa-f]{4}){2,}/g;
const BYTES_RE = /(?:\\x[0-9A-Fa-f]{2}){3,}/g;
// HTML numeric character references an editor or exporter wrote for every character and no browser
// ever read back (협상이 → &#54801;&#49345;&#51060;, or &#xD611;…).
const NCR_RE = /(?:&#(?:\d{4,6}|[xX][0-9A-Fa-f]{4,5});){2,}/g;
const HANGUL = /[\uAC00-\uD7A3]/;
// UTF-7 (RFC 2152), as an old mail gateway passes Korean on: + then the UTF-16 code units in base64,
// ended by - or by any other character (+1Vy+W7mswRzOWKwA- for 한빛리서치가).
const UTF7_RE = /\+([A-Za-z0-9+/]{6,400})-?/g;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// A MIME encoded word (RFC 2047) a mail subject or header left undecoded: =?UTF-8?B?64OJ66ek?= (base64)
// or =?EUC-KR?Q?=B3=C3?= (quoted-printable, _ for a space), whatever the charset label says.
const MIME_WORD_RE = /=\?[A-Za-z0-9_.:-]{2,30}\?([BbQq])\?([^?\s]{1,400})\?=/g;
function mimeBytes(kind: string, text: string): number[] {
  const out: number[] = [];
  if (kind === 'Q' || kind === 'q') {
    for (let i = 0; i < text.length; i++)
      if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) out.push(parseInt(text.slice(i + 1, (i += 2) + 1), 16));
      else out.push(text[i] === '_' ? 0x20 : text.charCodeAt(i));
    return out;
  }
  let [bits, acc] = [0, 0];
  for (const ch of text) {
    const v = B64.indexOf(ch);
    if (v < 0) break; // = padding
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) out.push((acc >> (bits -= 8)) & 0xff);
  }
  return out;
}
/** Whether UTF-7 base64 decodes to two Hangul syllables or more and nothing else but spaces (an encoder leaves ASCII as it is). */
function utf7Hangul(b64: string): boolean {
  // Base64 by hand (this module runs in the browser too): 6 bits a character, 16 a code unit.
  let [bits, acc, hangul] = [0, 0, 0];
  for (const ch of b64) {
    acc = ((acc << 6) | B64.indexOf(ch)) & 0x3fffff;
    bits += 6;
    if (bits < 16) continue;
    bits -= 16;
    const c = String.fromCharCode((acc >> bits) & 0xffff);
    if (HANGUL.test(c)) hangul++;
    else if (c !== ' ') return false;
  }
  return hangul >= 2;
}

const hexBytes = (s: string, step: number) => {
  const out: number[] = [];
  for (let i = 0; i < s.length; i += step) out.push(parseInt(s.slice(i + step - 2, i + step), 16));
  return out;
};
/** Bytes that read as Hangul in UTF-8 or in EUC-KR. */
const hangulBytes = (bytes: number[]) => readsAsHangul(bytes) || readsAsEucKrHangul(bytes);

function utf8Hangul(escapes: string): boolean {
  try {
    return HANGUL.test(decodeURIComponent(escapes));
  } catch {
    return false; // not whole UTF-8 sequences
  }
}

function inAddress(t: string, start: number, end: number): boolean {
  const before = /\S*$/.exec(t.slice(Math.max(0, start - 200), start))![0];
  const after = /^\S*/.exec(t.slice(end, end + 200))![0];
  return /[/?=&#]/.test(before + after);
}

/** Spans of `t` that are Korean left as percent, \u, \x or &# escapes. */
export function escapedHangul(t: string): Span[] {
  const out: Span[] = [];
  if (t.includes('%'))
    for (const m of t.matchAll(PERCENT_RE)) {
      const start = m.index!;
      const end = start + m[0].length;
      if ((utf8Hangul(m[0]) || hangulBytes(hexBytes(m[0], 3))) && !inAddress(t, start, end)) out.push({ start, end });
    }
  if (t.includes('='))
    for (const m of t.matchAll(QUOTED_PRINTABLE_RE)) {
      const start = m.index!;
      const end = start + m[0].length;
      if ((utf8Hangul(m[0].replace(/=/g, '%')) || hangulBytes(hexBytes(m[0], 3))) && !inAddress(t, start, end)) out.push({ start, end });
    }
  if (t.includes('=?'))
    for (const m of t.matchAll(MIME_WORD_RE))
      if (hangulBytes(mimeBytes(m[1]!, m[2]!))) out.push({ start: m.index!, end: m.index! + m[0].length });
  if (t.includes('\\u'))
    for (const m of t.matchAll(UNICODE_RE)) {
      const units = m[0].split('\\u').slice(1);
      if (units.filter((h) => HANGUL.test(String.fromCharCode(parseInt(h, 16)))).length >= 2)
        out.push({ start: m.index!, end: m.index! + m[0].length });
    }
  if (t.includes('%u'))
    for (const m of t.matchAll(PERCENT_U_RE)) {
      const units = m[0].split('%u').slice(1);
      if (units.filter((h) => HANGUL.test(String.fromCharCode(parseInt(h, 16)))).length >= 2)
        out.push({ start: m.index!, end: m.index! + m[0].length });
    }
  if (t.includes('+'))
    for (const m of t.matchAll(UTF7_RE)) if (utf7Hangul(m[1]!)) out.push({ start: m.index!, end: m.index! + m[0].length });
  if (t.includes('&#'))
    for (const m of t.matchAll(NCR_RE)) {
      const refs = m[0].slice(2, -1).split(';&#');
      const cps = refs.map((r) => (r[0] === 'x' || r[0] === 'X' ? parseInt(r.slice(1), 16) : parseInt(r, 10)));
      if (cps.filter((c) => c >= 0xac00 && c <= 0xd7a3).length >= 2) out.push({ start: m.index!, end: m.index! + m[0].length });
    }
  if (t.includes('\\x'))
    for (const m of t.matchAll(BYTES_RE)) if (hangulBytes(hexBytes(m[0], 4))) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}
