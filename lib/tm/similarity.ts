// Translation-memory matching on normalised text. A source is cut into tokens (words, numbers and
// single punctuation marks); two sources are compared with a token-level Levenshtein distance:
//
//   similarity = 1 − distance / max(tokens in a, tokens in b)
//
// so one changed word in a ten-word sentence scores 90 %. Normalisation folds case, Unicode
// compatibility forms (NFKC), typographic quotes and dashes, and whitespace, so "Kwon’s" and
// "kwon's" are the same token sequence. `diffTokens` reports what differs, as spans of the
// original (un-normalised) text, for the editor to highlight.

export interface Token {
  /** Normalised form used for matching (case-folded). */
  norm: string;
  /** Display form used for diffs: NFKC and typography unified, case kept. */
  shape: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

function unifyTypography(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[‘’‚‛′ʼ`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-');
}

/** Tokens of the original text, with offsets into it. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const shape = unifyTypography(m[0]);
    out.push({ norm: shape.toLowerCase(), shape, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Tokens without offsets, for matching: the whole text is unified once (faster than tokenize()).
 * `shape` keeps case; `norm` is case-folded.
 */
export function matchTokens(text: string): { norm: string[]; shape: string[] } {
  const shape = unifyTypography(text).match(TOKEN) ?? [];
  return { shape, norm: shape.map((t) => t.toLowerCase()) };
}

/** The normalised source stored as TmUnit.sourceNorm: the normalised tokens joined by one space. */
export function normalizeSource(text: string): string {
  return matchTokens(text).norm.join(' ');
}

/**
 * Levenshtein distance, or maxDist + 1 as soon as it is certain to exceed maxDist. Only the band
 * of cells within maxDist of the diagonal is computed (Ukkonen), so a tight threshold is cheap:
 * O(n · (2·maxDist + 1)). Int32 rows, for the fuzzy search's hot loop.
 */
export function levenshteinWithin(a: ArrayLike<number>, b: ArrayLike<number>, maxDist: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > maxDist) return maxDist + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  const BIG = maxDist + 1;
  let prev = new Int32Array(m + 1).fill(BIG);
  let cur = new Int32Array(m + 1).fill(BIG);
  for (let j = 0; j <= Math.min(m, maxDist); j += 1) prev[j] = j;
  for (let i = 1; i <= n; i += 1) {
    const lo = Math.max(1, i - maxDist);
    const hi = Math.min(m, i + maxDist);
    cur[lo - 1] = lo === 1 && i <= maxDist ? i : BIG;
    let rowMin = cur[lo - 1]!;
    const ai = a[i - 1];
    for (let j = lo; j <= hi; j += 1) {
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      const sub = prev[j - 1]! + (ai === b[j - 1] ? 0 : 1);
      let v = del < ins ? (del < sub ? del : sub) : ins < sub ? ins : sub;
      if (v > BIG) v = BIG;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < m) cur[hi + 1] = BIG;
    if (rowMin > maxDist) return BIG;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]! > maxDist ? BIG : prev[m]!;
}

/** Token-level Levenshtein distance (unit costs), two rows of memory. */
export function levenshtein<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) prev[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    cur[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = ai === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Similarity in [0, 1] of two normalised token sequences. */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  const n = Math.max(a.length, b.length);
  if (n === 0) return 1;
  return 1 - levenshtein(a, b) / n;
}

/** Similarity of two texts in whole percent (0–100), floored so 74.9 % never passes a 75 % threshold. */
export function similarityPercent(a: string, b: string): number {
  const ta = matchTokens(a).norm;
  const tb = matchTokens(b).norm;
  return Math.floor(tokenSimilarity(ta, tb) * 100 + 1e-9);
}

export type DiffOp = 'equal' | 'insert' | 'delete';

/**
 * One run of the diff from the memory's source (`from`) to the current source (`to`):
 * 'delete' text is only in the memory's source, 'insert' text only in the current one. Text is
 * taken from the original strings, including the whitespace between tokens of the run.
 */
export interface DiffSpan {
  op: DiffOp;
  text: string;
}

/**
 * Token diff (minimal edit script, substitutions shown as delete + insert) from `from` to `to`.
 * Tokens compare by their display shape, so a change of case is shown even though it does not
 * lower the similarity much.
 */
export function diffTokens(from: string, to: string): DiffSpan[] {
  const a = tokenize(from);
  const b = tokenize(to);
  const n = a.length;
  const m = b.length;
  // Full DP table for the backtrace; segments are paragraphs (tens to a few hundred tokens).
  const d: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = 0; i <= n; i += 1) d[i]![0] = i;
  for (let j = 0; j <= m; j += 1) d[0]![j] = j;
  for (let i = 1; i <= n; i += 1) {
    for (let j = 1; j <= m; j += 1) {
      const cost = a[i - 1]!.shape === b[j - 1]!.shape ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
    }
  }
  const ops: { op: DiffOp; tok: Token; src: 'a' | 'b' }[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && a[i - 1]!.shape === b[j - 1]!.shape && d[i]![j] === d[i - 1]![j - 1]) {
      ops.push({ op: 'equal', tok: b[j - 1]!, src: 'b' });
      i -= 1;
      j -= 1;
    } else if (i > 0 && j > 0 && d[i]![j] === d[i - 1]![j - 1]! + 1) {
      ops.push({ op: 'insert', tok: b[j - 1]!, src: 'b' });
      ops.push({ op: 'delete', tok: a[i - 1]!, src: 'a' });
      i -= 1;
      j -= 1;
    } else if (j > 0 && (i === 0 || d[i]![j] === d[i]![j - 1]! + 1)) {
      ops.push({ op: 'insert', tok: b[j - 1]!, src: 'b' });
      j -= 1;
    } else {
      ops.push({ op: 'delete', tok: a[i - 1]!, src: 'a' });
      i -= 1;
    }
  }
  ops.reverse();
  // Group consecutive ops of one kind into spans of original text; a substitution run becomes
  // one delete span then one insert span.
  const spans: DiffSpan[] = [];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.op === 'equal') {
      let e = k;
      while (e + 1 < ops.length && ops[e + 1]!.op === 'equal') e += 1;
      spans.push({ op: 'equal', text: to.slice(ops[k]!.tok.start, ops[e]!.tok.end) });
      k = e + 1;
      continue;
    }
    let e = k;
    while (e + 1 < ops.length && ops[e + 1]!.op !== 'equal') e += 1;
    const dels = ops.slice(k, e + 1).filter((o) => o.op === 'delete');
    const ins = ops.slice(k, e + 1).filter((o) => o.op === 'insert');
    if (dels.length > 0) spans.push({ op: 'delete', text: from.slice(dels[0]!.tok.start, dels.at(-1)!.tok.end) });
    if (ins.length > 0) spans.push({ op: 'insert', text: to.slice(ins[0]!.tok.start, ins.at(-1)!.tok.end) });
    k = e + 1;
  }
  return spans;
}
