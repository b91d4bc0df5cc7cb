// Find and replace inside a segment's TipTap JSON, text node by text node, so marks survive. A match
// that would cross a mark boundary or a hard break is not found (search the plain text to see those).
import type { InlineNode, SegmentDoc } from './doc';

export interface SearchOptions {
  find: string;
  regex: boolean;
  caseSensitive: boolean;
}

export class InvalidPatternError extends Error {}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A global regular expression for the search; throws InvalidPatternError for a bad or empty-matching pattern. */
export function buildSearchRegex({ find, regex, caseSensitive }: SearchOptions): RegExp {
  let re: RegExp;
  try {
    re = new RegExp(regex ? find : escapeRegExp(find), `gu${caseSensitive ? '' : 'i'}`);
  } catch (err) {
    throw new InvalidPatternError(`Not a valid regular expression: ${(err as Error).message}`);
  }
  if (re.test('')) throw new InvalidPatternError('The pattern matches empty text; make it match at least one character.');
  re.lastIndex = 0;
  return re;
}

export function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n += 1;
  re.lastIndex = 0;
  return n;
}

/**
 * Replaces every match in the doc's text nodes. With `regex`, `$1`… and `$&` in the replacement
 * refer to groups as in String.prototype.replace; a plain search inserts the replacement literally.
 */
export function replaceInDoc(doc: SegmentDoc, re: RegExp, replacement: string, regex: boolean): { doc: SegmentDoc; count: number } {
  let count = 0;
  const content: InlineNode[] = [];
  for (const node of doc.content[0]?.content ?? []) {
    if (node.type !== 'text') {
      content.push(node);
      continue;
    }
    re.lastIndex = 0;
    const text = node.text.replace(re, (...args) => {
      count += 1;
      if (!regex) return replacement;
      // Expand $1, $&, $$ against this match.
      const match = args[0] as string;
      const groups = args.slice(1, -2) as (string | undefined)[];
      return replacement.replace(/\$(\$|&|\d{1,2})/g, (_, g: string) => (g === '$' ? '$' : g === '&' ? match : (groups[Number(g) - 1] ?? '')));
    });
    if (text) content.push({ ...node, text });
  }
  return { doc: { type: 'doc', content: [{ type: 'paragraph', ...(content.length ? { content } : {}) }] }, count };
}
