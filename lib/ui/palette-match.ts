// Matching for the command palette (Ctrl+K): which projects, documents, terms and people a query
// finds, best first, and the "#12" form that jumps to a segment number. Pure, so the service and
// its tests share it; case and Unicode-normalisation blind, so "seoul" finds "Seoul" and a
// decomposed Hangul query finds composed text.

const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('en').trim();

/**
 * How well `text` answers `query`: 4 exact, 3 prefix, 2 a word starts with it, 1 contains it,
 * 0 no match. An empty query matches everything weakly (1), so the palette can list recent items.
 */
export function matchScore(text: string, query: string): number {
  const q = norm(query);
  if (!q) return 1;
  const t = norm(text);
  if (t === q) return 4;
  if (t.startsWith(q)) return 3;
  const at = t.indexOf(q);
  if (at < 0) return 0;
  return /[\s\-_(/·.,'"]/.test(t[at - 1]!) ? 2 : 1;
}

/** The best `limit` items whose texts match, ranked by their best text's score, then shorter first, then input order. */
export function rankMatches<T>(items: readonly T[], query: string, texts: (item: T) => string[], limit: number): T[] {
  const scored: { item: T; score: number; len: number; i: number }[] = [];
  items.forEach((item, i) => {
    let best = 0;
    let len = Infinity;
    for (const s of texts(item)) {
      const sc = matchScore(s, query);
      if (sc > best || (sc === best && sc > 0 && s.length < len)) [best, len] = [sc, s.length];
    }
    if (best > 0) scored.push({ item, score: best, len, i });
  });
  scored.sort((a, b) => b.score - a.score || a.len - b.len || a.i - b.i);
  return scored.slice(0, limit).map((s) => s.item);
}

/** "#12" (or "# 12") → 12: a segment number to jump to in the current document; anything else → null. */
export function parseSegmentJump(query: string): number | null {
  const m = /^#\s*(\d{1,6})$/.exec(query.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 ? n : null;
}
