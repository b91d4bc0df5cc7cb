// Protecting names and fixed terms through machine translation. Each protected span is wrapped in
// an element that the request lists in `ignore_tags`, so DeepL copies its content untouched:
//
//   "Kwon Jong-gun’s visit" -> `<x id="n1">권정근</x>’s visit`
//   "Kwon Jong-gun(권정근) said" -> `<x id="n1">권정근</x> said` (the original-form gloss is taken in,
//   so the Korean has the name once, never 권정근(권정근))
//   "Kwon said", "Mr. Kwon", "Director Kwon" -> `<x id="n2">권 국장</x>` when the role is known
//   (term.role), else the full name `<x id="n2">권정근</x>`; "the director" too when exactly one
//   protected name has that role. Never a bare 권.
//
// For a NAME or TERM we send the TARGET (the Korean form) inside the tag, so the output carries
// exactly the agreed Korean spelling; for DO_NOT_TRANSLATE we send the source as it is. Because the
// request uses tag_handling=xml, everything outside the tags is XML-escaped. After translation,
// `unprotect` strips the tags and reports every placeholder whose tag vanished or whose content
// changed: such a segment must carry a QA warning naming the term. It never patches silently.

import { surnameOf } from '../names/mentions';
import { escapeMarkup } from '../text/markup';
import { koreanTitle, type Role } from '../names/roles';
import type { TermKind } from '../names/term-kind';

export interface ProtectTerm {
  source: string;
  /** Korean form; for DO_NOT_TRANSLATE it is ignored (the source is kept). */
  target: string;
  kind: TermKind;
  /**
   * Match case exactly. Defaults to true for NAME and DO_NOT_TRANSLATE (so "US" never matches
   * "us", nor "Apple" "apple") and false for TERM.
   */
  caseSensitive?: boolean;
  /**
   * For a person NAME, how to protect the surname when it appears alone ("Kwon said...").
   * Omitted: derived from the name (see deriveSurname); false: never match the surname alone.
   */
  surname?: { source: string; target: string } | false;
  /** The person's title (lib/names/roles.ts): later references become 권 국장 instead of 권정근. */
  role?: Role | null;
}

export interface Placeholder {
  /** The `id` attribute of the wrapping tag, e.g. "n1". */
  id: string;
  term: ProtectTerm;
  /** The text as it appeared in the source, e.g. "Kwon" or "Kwon Jong-gun". */
  matched: string;
  /** What the tag carries and what the translation must still contain, e.g. "권". */
  expected: string;
  /** True when the match is a lone surname rather than the whole term. */
  surnameOnly: boolean;
}

export interface ProtectResult {
  /** XML text to send with tag_handling=xml and ignore_tags=<tag>. */
  text: string;
  placeholders: Placeholder[];
}

export interface ProtectOptions {
  /** Element name used for protected spans; must be listed in ignore_tags. */
  tag?: string;
}

export interface MissingPlaceholder {
  id: string;
  term: ProtectTerm;
  matched: string;
  expected: string;
  /** The content found in the tag when it was changed, or null when the tag is gone. */
  found: string | null;
}

export interface UnprotectOptions {
  tag?: string;
  /**
   * Hook for Korean particle agreement after the kept names (은/는, 이/가, 을/를, 와/과, 으로/로).
   * Receives the plain text and the Korean forms of the NAME/TERM placeholders that survived.
   */
  fixParticles?: (text: string, names: string[]) => string;
}

export interface UnprotectResult {
  text: string;
  missing: MissingPlaceholder[];
}

export const PROTECT_TAG = 'x';
/** Value for DeepL's ignore_tags parameter matching the default tag. */
export const PROTECT_IGNORE_TAGS = [PROTECT_TAG];

const ID_PREFIX: Record<TermKind, string> = { NAME: 'n', TERM: 't', DO_NOT_TRANSLATE: 'd' };

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return safeFromCodePoint(parseInt(body.slice(2), 16), whole);
    if (body.startsWith('#')) return safeFromCodePoint(parseInt(body.slice(1), 10), whole);
    return NAMED_ENTITIES[body] ?? whole;
  });
}

function safeFromCodePoint(cp: number, fallback: string): string {
  return Number.isInteger(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : fallback;
}

const HANGUL_SYLLABLES = /^[\uac00-\ud7a3]+$/;

/**
 * Default lone-surname rule for person names. Korean-order names ("Kwon Jong-gun" -> 권정근, one
 * Hangul word) match the first source word and keep the first syllable (권). Western-order names
 * written with a space in Korean ("Donald Trump" -> 도널드 트럼프) match the last word of each. Other
 * names (one word, or no Korean form) get no surname rule.
 */
export function deriveSurname(term: ProtectTerm): { source: string; target: string } | null {
  if (term.kind !== 'NAME') return null;
  if (term.surname === false) return null;
  if (term.surname) return term.surname;
  const sourceWords = term.source.trim().split(/\s+/);
  if (sourceWords.length < 2) return null;
  const target = term.target.trim();
  const targetWords = target.split(/\s+/);
  const title = term.role?.ko;
  // Korean order only for a person's name (`Kwon Jong-gun`: a Korean surname or a hyphenated given
  // name), never for `North Korea(북한)`, whose "North" alone is no reference to it.
  if (
    targetWords.length === 1 &&
    HANGUL_SYLLABLES.test(target) &&
    target.length >= 2 &&
    target.length <= 4 &&
    surnameOf(term.source) !== null
  ) {
    // A bare Korean surname (권) is unidiomatic: surname + title when the role is known, else the full name.
    return { source: sourceWords[0] ?? '', target: title ? `${target.charAt(0)} ${title}` : target };
  }
  if (targetWords.length === sourceWords.length && targetWords.every((w) => HANGUL_SYLLABLES.test(w))) {
    const last = targetWords.at(-1) ?? '';
    return { source: sourceWords.at(-1) ?? '', target: title ? `${last} ${title}` : last };
  }
  return null;
}

/** Honorifics taken in with a lone surname: "Mr. Kwon" is one reference. */
const HONORIFIC_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)$/u;
const TITLE_BEFORE = /\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+$/u;
/** Original-form gloss right after a name: `(권정근)`, ` (文在寅)`. */
const GLOSS_AFTER =
  /^\s?[(（]\s*[\uAC00-\uD7A3\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF][\uAC00-\uD7A3\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF \u00b7]{0,38}\s*[)）]/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Pattern for a term that tolerates apostrophe, hyphen and whitespace variants of the source. */
function termPattern(source: string): string {
  let out = '';
  for (const ch of source.trim()) {
    if (/['’‘ʼ]/.test(ch)) out += "['’‘ʼ]";
    else if (/[-‐‑]/.test(ch)) out += '[-‐‑]';
    else if (/\s/.test(ch)) out += '\\s+';
    else out += escapeRegExp(ch);
  }
  return out.replace(/(\\s\+)+/g, '\\s+');
}

interface Candidate {
  start: number;
  end: number;
  term: ProtectTerm;
  expected: string;
  surnameOnly: boolean;
}

function findAll(text: string, source: string, caseSensitive: boolean): { start: number; end: number }[] {
  if (source.trim() === '') return [];
  // Whole words only: no letter or digit may touch the match, so "Kwon" matches in "Kwon’s" and
  // "Kwon-led" but not in "Kwonsan".
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${termPattern(source)}(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
  const found: { start: number; end: number }[] = [];
  for (const m of text.matchAll(re)) {
    found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

export function protect(source: string, terms: readonly ProtectTerm[], options: ProtectOptions = {}): ProtectResult {
  const tag = options.tag ?? PROTECT_TAG;
  const candidates: Candidate[] = [];

  // A surname shared by two different people ("Kim" for 김정은 and 김여정) is ambiguous alone:
  // even when the Korean surname is the same, a QA warning could name the wrong person and the
  // "Kim" may be a third one, so we leave it to the translator rather than guess.
  const surnameOwners = new Map<string, Set<string>>();
  const roleOwners = new Map<string, Set<string>>();
  for (const term of terms) {
    const s = deriveSurname(term);
    if (!s) continue;
    const owners = surnameOwners.get(s.source) ?? new Set<string>();
    owners.add(term.source);
    surnameOwners.set(s.source, owners);
    if (term.role?.en) roleOwners.set(term.role.en, (roleOwners.get(term.role.en) ?? new Set<string>()).add(term.source));
  }

  for (const term of terms) {
    // A NAME or TERM without its Korean form cannot be forced: leave it to the translator.
    if (term.kind !== 'DO_NOT_TRANSLATE' && term.target.trim() === '') continue;
    const caseSensitive = term.caseSensitive ?? term.kind !== 'TERM';
    const expected = term.kind === 'DO_NOT_TRANSLATE' ? undefined : term.target;
    for (const m of findAll(source, term.source, caseSensitive)) {
      // The gloss `(권정근)` after a name is taken into the protected span: sent once, kept once; after
      // a term (`Ministry of Unification(통일부)`) only when it is the term's own Korean form.
      const g = term.kind === 'DO_NOT_TRANSLATE' ? null : GLOSS_AFTER.exec(source.slice(m.end));
      const gloss = g && (term.kind === 'NAME' || g[0].replace(/[\s(（)）]/gu, '') === term.target.replace(/\s/gu, '')) ? g : null;
      const end = gloss ? m.end + gloss[0].length : m.end;
      candidates.push({ start: m.start, end, term, expected: expected ?? source.slice(m.start, m.end), surnameOnly: false });
    }
    const s = deriveSurname(term);
    if (s && (surnameOwners.get(s.source)?.size ?? 0) === 1) {
      // The lone surname must be capitalised as written in the name: "Kwon", never "kwon".
      for (const m of findAll(source, s.source, true)) {
        if (!/^\p{Lu}/u.test(source.slice(m.start, m.end))) continue;
        // "Kwon Yong-su" is someone else: a capitalised word right after the surname means
        // another full name, which must not become 권 + a translated given name.
        if (/^\s+\p{Lu}/u.test(source.slice(m.end))) continue;
        let start = m.start;
        let target = s.target;
        const before = source.slice(Math.max(0, m.start - 40), m.start);
        const honorific = HONORIFIC_BEFORE.exec(before);
        const titled = honorific ? null : TITLE_BEFORE.exec(before);
        const title = titled?.[1] ? koreanTitle(titled[1]) : null;
        if (honorific) start -= honorific[0].length;
        else if (titled && title) {
          // "Director Kwon" is 권 국장 whatever the first mention said.
          start -= titled[0].length;
          if (!term.role && HANGUL_SYLLABLES.test(term.target.trim())) target = `${term.target.trim().charAt(0)} ${title}`;
        }
        candidates.push({ start, end: m.end, term, expected: target, surnameOnly: true });
      }
    }
    // "the director": only when exactly one protected person has that role.
    if (s && term.role?.en && term.role.ko && roleOwners.get(term.role.en)?.size === 1 && s.target.endsWith(term.role.ko)) {
      for (const m of findAll(source, `the ${term.role.en}`, false)) {
        if (/^\s+(?:of|for|at|in)\b/u.test(source.slice(m.end))) continue;
        candidates.push({ ...m, term, expected: s.target, surnameOnly: true });
      }
    }
  }

  // Longest match first at each position, then left to right without overlaps, so the full name
  // wins over its own surname and over shorter terms inside it.
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || Number(a.surnameOnly) - Number(b.surnameOnly));
  const chosen: Candidate[] = [];
  let cursor = 0;
  for (const c of candidates) {
    if (c.start < cursor) continue;
    chosen.push(c);
    cursor = c.end;
  }

  const counters: Record<TermKind, number> = { NAME: 0, TERM: 0, DO_NOT_TRANSLATE: 0 };
  const placeholders: Placeholder[] = [];
  let out = '';
  let pos = 0;
  for (const c of chosen) {
    counters[c.term.kind] += 1;
    const id = `${ID_PREFIX[c.term.kind]}${counters[c.term.kind]}`;
    out += escapeMarkup(source.slice(pos, c.start));
    out += `<${tag} id="${id}">${escapeMarkup(c.expected)}</${tag}>`;
    placeholders.push({ id, term: c.term, matched: source.slice(c.start, c.end), expected: c.expected, surnameOnly: c.surnameOnly });
    pos = c.end;
  }
  out += escapeMarkup(source.slice(pos));
  return { text: out, placeholders };
}

export function unprotect(output: string, placeholders: readonly Placeholder[], options: UnprotectOptions = {}): UnprotectResult {
  const tag = escapeRegExp(options.tag ?? PROTECT_TAG);
  const found = new Map<string, string[]>();
  const element = new RegExp(`<${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${tag}\\s*>)`, 'g');
  const idAttr = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/;

  const text = output.replace(element, (_whole, attrs: string, content: string | undefined) => {
    const idMatch = idAttr.exec(attrs);
    const id = idMatch ? (idMatch[1] ?? idMatch[2]) : undefined;
    const plain = unescapeXml(content ?? '');
    if (id !== undefined) {
      const list = found.get(id) ?? [];
      list.push(plain);
      found.set(id, list);
    }
    return content ?? '';
  });
  // Stray opening or closing tags (a translation that split or duplicated one) are removed too.
  const stray = new RegExp(`</?${tag}\\b[^>]*>`, 'g');
  let plain = unescapeXml(text.replace(stray, ''));

  const missing: MissingPlaceholder[] = [];
  const kept: string[] = [];
  for (const p of placeholders) {
    const contents = found.get(p.id);
    if (contents === undefined) {
      missing.push({ id: p.id, term: p.term, matched: p.matched, expected: p.expected, found: null });
    } else if (!contents.includes(p.expected)) {
      missing.push({ id: p.id, term: p.term, matched: p.matched, expected: p.expected, found: contents[0] ?? null });
    } else if (p.term.kind !== 'DO_NOT_TRANSLATE' && !kept.includes(p.expected)) {
      kept.push(p.expected);
    }
  }
  if (options.fixParticles && kept.length > 0) plain = options.fixParticles(plain, kept);
  return { text: plain, missing };
}
