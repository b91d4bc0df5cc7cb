// Find and replace inside a segment's TipTap JSON, text node by text node, so marks survive. A match
// that would cross a mark boundary or a hard break is not found (search the plain text to see those).
import { RE2JS } from 're2js';
import type { InlineNode, SegmentDoc } from './doc';

export interface SearchOptions {
  find: string;
  regex: boolean;
  caseSensitive: boolean;
}

export class InvalidPatternError extends Error {}

/**
 * A compiled search. User patterns run on RE2 (re2js): linear time in the text, so no pattern can
 * stall the server or the tab (a backtracking engine took 7.9 s for (a+)+$ over 29 characters).
 * Stateless: no lastIndex to reset between calls.
 */
export interface SearchPattern {
  test(text: string): boolean;
  /** Every match in order, with its groups (undefined when a group took no part) and named groups. */
  matches(text: string): Iterable<PatternMatch>;
}

export interface PatternMatch {
  index: number;
  /** [whole match, group 1, …] */
  groups: (string | undefined)[];
  named: Record<string, string | undefined>;
}

const MAX_PROGRAM = 'too large';

/** Why RE2 refuses a pattern that JavaScript would accept, in words a translator can act on. */
function explainUnsupported(find: string): string | null {
  if (/\\[1-9]|\\k<|\(\?P=/.test(find))
    return 'Backreferences (\\1, \\k<name>) are not supported: search uses a linear-time engine (RE2 syntax). Repeat the group instead.';
  if (/\(\?[=!]/.test(find)) return 'Lookahead ((?=…), (?!…)) is not supported: search uses a linear-time engine (RE2 syntax).';
  if (/\(\?<[=!]/.test(find)) return 'Lookbehind ((?<=…), (?<!…)) is not supported: search uses a linear-time engine (RE2 syntax).';
  return null;
}

function compile(find: string, regex: boolean, caseSensitive: boolean): RE2JS {
  const flags = caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE;
  if (!regex) return RE2JS.compile(RE2JS.quote(find), flags);
  const unsupported = explainUnsupported(find);
  if (unsupported) throw new InvalidPatternError(unsupported);
  try {
    return RE2JS.compile(find, flags);
  } catch (err) {
    const message = (err as Error).message.replace(/^error parsing regexp: /, '');
    if (message.includes(MAX_PROGRAM)) throw new InvalidPatternError('The regular expression is too large; simplify its repetitions.');
    throw new InvalidPatternError(`Not a valid regular expression: ${message}`);
  }
}

/** The search for find/replace and the editor's filter; throws InvalidPatternError for a bad or empty-matching pattern. */
export function buildSearchRegex({ find, regex, caseSensitive }: SearchOptions): SearchPattern {
  const re = compile(find, regex, caseSensitive);
  if (re.test('')) throw new InvalidPatternError('The pattern matches empty text; make it match at least one character.');
  return {
    test: (text) => re.test(text),
    *matches(text) {
      for (const m of re.matchAll(text)) yield { index: m.index ?? 0, groups: Array.from(m), named: { ...m.groups } };
    },
  };
}

export function countMatches(text: string, re: SearchPattern): number {
  let n = 0;
  for (const _ of re.matches(text)) n += 1;
  return n;
}

/** Expands $1…$99, $<name>, $& and $$ in a replacement as String.prototype.replace does. */
export function expandReplacement(replacement: string, m: PatternMatch): string {
  const count = m.groups.length - 1;
  return replacement.replace(/\$(\$|&|<([^>]*)>|\d{1,2})/g, (whole, g: string, name: string | undefined) => {
    if (g === '$') return '$';
    if (g === '&') return m.groups[0] ?? '';
    if (name !== undefined) return Object.hasOwn(m.named, name) ? (m.named[name] ?? '') : Object.keys(m.named).length > 0 ? '' : whole;
    const two = Number(g);
    if (g.length === 2 && two >= 1 && two <= count) return m.groups[two] ?? '';
    const one = Number(g[0]);
    if (one >= 1 && one <= count) return (m.groups[one] ?? '') + g.slice(1);
    return whole;
  });
}

/** Replaces every match in one string; a plain search inserts the replacement literally. */
export function replaceText(text: string, re: SearchPattern, replacement: string, regex: boolean): { text: string; count: number } {
  let out = '';
  let at = 0;
  let count = 0;
  for (const m of re.matches(text)) {
    out += text.slice(at, m.index) + (regex ? expandReplacement(replacement, m) : replacement);
    at = m.index + (m.groups[0]?.length ?? 0);
    count += 1;
  }
  return count === 0 ? { text, count } : { text: out + text.slice(at), count };
}

/**
 * Replaces every match in the doc's text nodes. With `regex`, `$1`… and `$&` in the replacement
 * refer to groups as in String.prototype.replace; a plain search inserts the replacement literally.
 */
export function replaceInDoc(doc: SegmentDoc, re: SearchPattern, replacement: string, regex: boolean): { doc: SegmentDoc; count: number } {
  let count = 0;
  const content: InlineNode[] = [];
  for (const node of doc.content[0]?.content ?? []) {
    if (node.type !== 'text') {
      content.push(node);
      continue;
    }
    const out = replaceText(node.text, re, replacement, regex);
    count += out.count;
    if (out.text) content.push({ ...node, text: out.text });
  }
  return { doc: { type: 'doc', content: [{ type: 'paragraph', ...(content.length ? { content } : {}) }] }, count };
}
