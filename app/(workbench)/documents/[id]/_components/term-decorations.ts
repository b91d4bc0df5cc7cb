// Glossary hits in a row's source as decorations: a term mark with its Korean form as data for the
// term popover (term-popover.tsx: hover, keyboard focus, tap) and, on the active row, the
// Ctrl+Shift+n number that inserts it.
import type { InlineDecoration } from '@/lib/editor/doc';
import type { MentionMatcher } from '@/lib/names/mentions';
import type { EditorTerm } from './types';

/** The words of a term's hover title, in the UI language. */
export interface TermTitleWords {
  notVetted: string;
  proposed: string;
}

function termLabel(term: EditorTerm, n: number, numbered: boolean, words: TermTitleWords): string {
  // A name found without Hangul has no form yet: say so, with its best guesses.
  const form =
    term.target ||
    `${words.notVetted}: ${(term.candidates ?? [])
      .slice(0, 3)
      .map((c) => c.target)
      .join(', ')}`;
  const proposed = term.status === 'PROPOSED' && term.target ? ` (${words.proposed})` : '';
  return `${form}${proposed}${numbered && n <= 9 ? ` — Ctrl+Shift+${n}` : ''}`;
}

export function termDecorations(
  matcher: MentionMatcher | null,
  terms: EditorTerm[],
  text: string,
  numbered: boolean,
  words: TermTitleWords,
): InlineDecoration[] {
  if (!matcher || !terms.length) return [];
  const order: number[] = [];
  return matcher.find(text).map((m) => {
    const term = terms[m.termIndex]!;
    if (!order.includes(m.termIndex)) order.push(m.termIndex);
    const n = order.indexOf(m.termIndex) + 1;
    return {
      start: m.start,
      end: m.end,
      className: `term term-${term.kind}${term.status === 'PROPOSED' ? ' term-proposed' : ''}`,
      attrs: {
        tabindex: '0',
        'data-term-label': termLabel(term, n, numbered, words),
        'data-term-id': term.id,
        ...(numbered && n <= 9 ? { 'data-hit': String(n) } : {}),
      },
    };
  });
}
