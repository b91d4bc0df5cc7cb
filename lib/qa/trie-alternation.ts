// A list of words as one regular-expression alternation shaped like a trie, for the checks that look
// for any of a hundred words at once (numbers-en.ts).
/**
 * The words as one trie-shaped alternation (a(?:pril|ugust)|…): the engine follows one branch per
 * letter instead of trying a hundred words at every word start. A word that is also the start of a
 * longer one gets a greedy optional tail, so the longer word is still tried first.
 */
export function trieAlternation(words: readonly string[]): string {
  type Node = { next: Map<string, Node>; end: boolean };
  const root: Node = { next: new Map(), end: false };
  for (const w of words) {
    let n = root;
    for (const ch of w.toLowerCase()) {
      let c = n.next.get(ch);
      if (!c) n.next.set(ch, (c = { next: new Map(), end: false }));
      n = c;
    }
    n.end = true;
  }
  const ser = (n: Node): string => {
    const alts = [...n.next].map(([ch, c]) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + ser(c));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return ser(root);
}
