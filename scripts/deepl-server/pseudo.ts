// The fake "translation" of the local DeepL stand-in. It must be visibly fake (so nobody mistakes it
// for real output), deterministic (so tests and screenshots are stable), and honour what the app
// relies on: XML tags kept, the content of ignore_tags elements copied byte for byte, glossary
// target terms placed in the output. Latin words become Hangul pseudo-words derived from a hash of
// the word, so the text looks like Korean of a plausible length; digits, punctuation, Hangul and
// other scripts pass through unchanged.
import { escapeMarkup } from '../../lib/text/markup';

export interface FakeTranslateOptions {
  /** 'xml' or 'html': parse tags; otherwise the whole text is plain. */
  tagHandling?: string;
  ignoreTags?: readonly string[];
  /** Glossary entries to apply (source term -> target term). */
  glossary?: ReadonlyMap<string, string>;
  /** Test switch: lose ('drop') or alter ('mangle') the first ignored element of the text. */
  dropProtected?: false | 'drop' | 'mangle';
  /** Marker after "[MT" for visible formality, e.g. " formal". */
  marker?: string;
}

export const FAKE_PREFIX = '[MT';

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function nextHash(h: number): number {
  let x = h || 0x9e3779b9;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  return x >>> 0;
}

/** Deterministic Hangul pseudo-word for an English word: about one syllable per three letters. */
export function pseudoWord(word: string): string {
  let h = fnv1a(word.toLowerCase());
  const count = Math.max(1, Math.ceil(word.length / 3));
  let out = '';
  for (let i = 0; i < count; i += 1) {
    h = nextHash(h);
    const initial = h % 19;
    const medial = (h >>> 5) % 21;
    const final = (h >>> 10) % 3 === 0 ? (h >>> 12) % 28 : 0;
    out += String.fromCharCode(0xac00 + (initial * 21 + medial) * 28 + final);
  }
  return out;
}

function pseudoPlain(text: string): string {
  return text.replace(/[A-Za-z\u00c0-\u024f]+/g, pseudoWord);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Pseudo-translates plain text, putting glossary targets verbatim where their sources occur. */
function translatePlain(text: string, glossary: ReadonlyMap<string, string> | undefined): string {
  if (!glossary || glossary.size === 0) return pseudoPlain(text);
  const sources = Array.from(glossary.keys()).sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  let out = '';
  let pos = 0;
  for (const m of text.matchAll(re)) {
    out += pseudoPlain(text.slice(pos, m.index));
    out += glossary.get(m[0]) ?? m[0];
    pos = m.index + m[0].length;
  }
  return out + pseudoPlain(text.slice(pos));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isInteger(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return ENTITIES[body] ?? whole;
  });
}

const TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]*)(?:\s[^<>]*?)?(\/?)>/g;

interface Token {
  kind: 'text' | 'open' | 'close' | 'empty' | 'other';
  raw: string;
  name?: string;
  start: number;
  end: number;
}

function tokenize(xml: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  for (const m of xml.matchAll(TAG)) {
    if (m.index > pos) tokens.push({ kind: 'text', raw: xml.slice(pos, m.index), start: pos, end: m.index });
    const end = m.index + m[0].length;
    let kind: Token['kind'] = 'other';
    if (m[2] !== undefined) kind = m[1] === '/' ? 'close' : m[3] === '/' ? 'empty' : 'open';
    tokens.push({ kind, raw: m[0], name: m[2], start: m.index, end });
    pos = end;
  }
  if (pos < xml.length) tokens.push({ kind: 'text', raw: xml.slice(pos), start: pos, end: xml.length });
  return tokens;
}

function translateXml(xml: string, options: FakeTranslateOptions): string {
  const ignore = new Set((options.ignoreTags ?? []).map((t) => t.trim()).filter((t) => t !== ''));
  const tokens = tokenize(xml);
  let dropPending = options.dropProtected === 'drop' || options.dropProtected === 'mangle';
  let out = '';
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i];
    if (!tok) break;
    if (tok.kind === 'text') {
      out += escapeMarkup(translatePlain(unescapeXml(tok.raw), options.glossary));
      continue;
    }
    if (tok.kind !== 'open' || tok.name === undefined || !ignore.has(tok.name)) {
      out += tok.raw;
      continue;
    }
    // An ignored element: find its matching end tag (same name, counting nesting) and copy the
    // whole element verbatim. Without an end tag, the rest of the text is copied as it is.
    let depth = 1;
    let j = i + 1;
    let endTok: Token | undefined;
    for (; j < tokens.length; j += 1) {
      const t = tokens[j];
      if (!t || t.name !== tok.name) continue;
      if (t.kind === 'open') depth += 1;
      else if (t.kind === 'close' && --depth === 0) {
        endTok = t;
        break;
      }
    }
    const whole = xml.slice(tok.start, endTok ? endTok.end : xml.length);
    if (dropPending) {
      dropPending = false;
      if (options.dropProtected === 'mangle' && endTok) {
        const inner = xml.slice(tok.end, endTok.start);
        out += `${tok.raw}${escapeMarkup(`${pseudoPlain(unescapeXml(inner))}${pseudoWord('mangled')}`)}${endTok.raw}`;
      }
      // 'drop': the element and its content vanish, as when an engine loses a tag.
    } else {
      out += whole;
    }
    i = endTok ? j : tokens.length;
  }
  return out;
}

export function fakeTranslate(text: string, options: FakeTranslateOptions = {}): string {
  if (text.trim() === '') return text;
  const markup = options.tagHandling === 'xml' || options.tagHandling === 'html';
  const body = markup ? translateXml(text, options) : translatePlain(text, options.glossary);
  return `${FAKE_PREFIX}${options.marker ?? ''}] ${body}`;
}

/**
 * Characters billed for a text: code points of the source; with tag handling, the tags are not
 * billed and an entity counts as the one character it stands for.
 */
export function billedCharacters(text: string, tagHandling: string | undefined): number {
  const markup = tagHandling === 'xml' || tagHandling === 'html';
  const billed = markup ? unescapeXml(text.replace(TAG, '')) : text;
  let n = 0;
  for (const _ of billed) n += 1;
  return n;
}
