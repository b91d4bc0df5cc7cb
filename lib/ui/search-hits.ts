// The search hits of the editor's filter as ranges of a row's plain text, drawn as <mark> decorations
// (React text nodes: nothing from the text or the query is read as HTML).
import type { InlineDecoration } from '../editor/doc';
import type { SearchPattern } from '../editor/replace';

export const MAX_HITS_PER_TEXT = 100;

export function searchHitDecorations(text: string, pattern: SearchPattern | null, max = MAX_HITS_PER_TEXT): InlineDecoration[] {
  if (!pattern || !text) return [];
  const out: InlineDecoration[] = [];
  for (const m of pattern.matches(text)) {
    const length = m.groups[0]?.length ?? 0;
    if (length === 0) continue;
    out.push({ start: m.index, end: m.index + length, className: 'search-hit', attrs: { 'data-search-hit': '' } });
    if (out.length >= max) break;
  }
  return out;
}
