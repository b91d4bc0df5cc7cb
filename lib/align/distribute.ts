// When one Korean paragraph stands for several English ones (a 2:1 bead), its sentences are shared
// out between the English segments in proportion to their lengths, so each segment gets a target.
// The user can also split by hand at a sentence boundary; these helpers serve both.

/** Splits Korean (or English) text into sentences, keeping every character (whitespace stays with the sentence before). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const re = /[.?!。？！…]+["”’」』)\]]*\s+/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const end = m.index! + m[0].length;
    // "U.S. President": a period after a capital-letter abbreviation does not end a sentence.
    if (/\b[A-Z]\.$/.test(text.slice(Math.max(0, m.index! - 2), m.index! + 1)) && /^[A-Z]/.test(text.slice(end))) continue;
    out.push(text.slice(last, end));
    last = end;
  }
  if (last < text.length) out.push(text.slice(last));
  return out.filter((s) => s.length > 0);
}

/**
 * Shares `text` out over segments whose source lengths are `weights`, at sentence boundaries,
 * so that each part's share of the characters is as close as possible to its weight's share.
 * Returns one (trimmed) string per weight; trailing parts may be empty when there are fewer sentences.
 */
export function distributeText(text: string, weights: readonly number[]): string[] {
  if (weights.length <= 1) return [text.trim()];
  const sentences = splitSentences(text);
  const n = sentences.length;
  const P = weights.length;
  const cum = [0];
  for (const s of sentences) cum.push(cum[cum.length - 1]! + s.length);
  const total = weights.reduce((a, b) => a + Math.max(b, 1), 0);
  const parts: string[] = [];
  let prev = 0;
  let cumWeight = 0;
  for (let i = 0; i < P; i++) {
    cumWeight += Math.max(weights[i]!, 1);
    let cut = n;
    if (i < P - 1) {
      // Each part takes at least one sentence while there are any, and leaves one for each later part when it can.
      const lower = Math.min(prev + 1, n);
      const upper = Math.max(lower, n - (P - 1 - i));
      const goal = (cumWeight / total) * cum[n]!;
      cut = lower;
      for (let k = lower; k <= upper; k++) if (Math.abs(cum[k]! - goal) < Math.abs(cum[cut]! - goal)) cut = k;
    }
    parts.push(sentences.slice(prev, cut).join('').trim());
    prev = cut;
  }
  return parts;
}
