// In-memory index over one project's translation memory, built once and reused for every lookup
// until the memory changes (lib/server/tm/cache.ts decides when). Two structures:
//   - exact: normalised source -> units, for 100 % and 101 % (context) matches in O(1);
//   - an inverted index token -> (unit, count), for fuzzy candidates. The number of tokens a unit
//     shares with the query bounds its similarity from above (distance >= max(n, m) - common), so
//     only units whose bound reaches the threshold (and whose length is within it) get the exact
//     Levenshtein computation, best bound first, with a distance cut-off; the scan stops once no
//     remaining bound can beat the matches kept.
import { diffTokens, levenshteinWithin, matchTokens, normalizeSource, type DiffSpan } from './similarity';

export interface TmEntry {
  id: string;
  source: string;
  target: string;
  prevSource?: string;
  nextSource?: string;
  createdAt?: Date | string;
  createdById?: string | null;
  /** 'APPROVED' ranks above anything else ('CONFIRMED') at the same score; absent counts as approved. */
  state?: string;
  origin?: string;
}

export type MatchKind = 'context' | 'exact' | 'fuzzy';

export interface TmMatch {
  entry: TmEntry;
  kind: MatchKind;
  /** 101 context, 100 exact, 99 same normalised text but different case or typography, else fuzzy percent. */
  score: number;
  /** From the memory's source to the current source; empty for 100/101. */
  diff: DiffSpan[];
}

export interface LookupOptions {
  prev?: string;
  next?: string;
  /** Lowest fuzzy score returned, in percent (default 75). */
  minScore?: number;
  /** Most matches returned (default 5). */
  limit?: number;
  /** Skip fuzzy matching (exact and context only): what pre-translation uses. */
  exactOnly?: boolean;
}

export const DEFAULT_MIN_SCORE = 75;
/** Most fuzzy candidates verified with the exact distance in one lookup (best upper bound first). */
export const MAX_VERIFY = 300;

interface Unit {
  entry: TmEntry;
  norm: string;
  shape: string;
  tokens: Int32Array;
  time: number;
  /** 1 for approved units, 0 for confirmed ones: the tie-break before recency. */
  rank: number;
  /** Lazily computed normalised neighbours (only exact matches need them). */
  context?: { prev: string; next: string };
  searchTarget?: string;
}

function rankOf(e: TmEntry): number {
  return e.state === undefined || e.state === 'APPROVED' ? 1 : 0;
}

function timeOf(e: TmEntry): number {
  return e.createdAt ? new Date(e.createdAt).getTime() : 0;
}

type Scored = { unit: Unit; kind: MatchKind; score: number };

export class TmIndex {
  private readonly units: Unit[] = [];
  private readonly exact = new Map<string, number[]>();
  private readonly vocab = new Map<string, number>();
  /** Posting lists per token id: unit indices and how often the token occurs in each. */
  private readonly postUnits: number[][] = [];
  private readonly postCounts: number[][] = [];
  private counts = new Int32Array(0);

  constructor(entries: Iterable<TmEntry> = []) {
    for (const e of entries) this.add(e);
  }

  get size(): number {
    return this.units.length;
  }

  add(entry: TmEntry): void {
    const { norm: toks, shape } = matchTokens(entry.source);
    if (toks.length === 0) return;
    const norm = toks.join(' ');
    const idx = this.units.length;
    const ids = new Int32Array(toks.length);
    const counts = new Map<number, number>();
    toks.forEach((t, i) => {
      let id = this.vocab.get(t);
      if (id === undefined) {
        id = this.vocab.size;
        this.vocab.set(t, id);
        this.postUnits.push([]);
        this.postCounts.push([]);
      }
      ids[i] = id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    });
    for (const [id, c] of counts) {
      this.postUnits[id]!.push(idx);
      this.postCounts[id]!.push(c);
    }
    this.units.push({ entry, norm, shape: shape.join(' '), tokens: ids, time: timeOf(entry), rank: rankOf(entry) });
    const list = this.exact.get(norm) ?? [];
    list.push(idx);
    this.exact.set(norm, list);
  }

  private contextOf(u: Unit): { prev: string; next: string } {
    u.context ??= { prev: normalizeSource(u.entry.prevSource ?? ''), next: normalizeSource(u.entry.nextSource ?? '') };
    return u.context;
  }

  lookup(source: string, options: LookupOptions = {}): TmMatch[] {
    const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
    const limit = options.limit ?? 5;
    const q = matchTokens(source);
    if (q.norm.length === 0) return [];
    const qNorm = q.norm.join(' ');
    const qShape = q.shape.join(' ');

    const results: Scored[] = [];
    const exactIdx = this.exact.get(qNorm) ?? [];
    if (exactIdx.length > 0) {
      const prev = normalizeSource(options.prev ?? '');
      const next = normalizeSource(options.next ?? '');
      for (const i of exactIdx) {
        const u = this.units[i]!;
        const c = this.contextOf(u);
        if (u.shape !== qShape) results.push({ unit: u, kind: 'fuzzy', score: 99 });
        else if (c.prev === prev && c.next === next) results.push({ unit: u, kind: 'context', score: 101 });
        else results.push({ unit: u, kind: 'exact', score: 100 });
      }
    }

    if (!options.exactOnly) this.fuzzy(q.norm, new Set(exactIdx), minScore, limit, results);

    // Best first; among equals approved before confirmed, then the newest; the same target from several units once.
    results.sort((a, b) => b.score - a.score || b.unit.rank - a.unit.rank || b.unit.time - a.unit.time);
    const seen = new Set<string>();
    const out: TmMatch[] = [];
    for (const r of results) {
      const key = `${r.unit.norm}\u0000${r.unit.entry.target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ entry: r.unit.entry, kind: r.kind, score: r.score, diff: r.score >= 100 ? [] : diffTokens(r.unit.entry.source, source) });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** The best exact or context match, as pre-translation uses it (null when none). */
  bestExact(source: string, prev?: string, next?: string): TmMatch | null {
    const m = this.lookup(source, { prev, next, exactOnly: true, limit: 1 });
    return m[0] && m[0].score >= 100 ? m[0] : null;
  }

  private fuzzy(q: string[], skip: Set<number>, minScore: number, limit: number, results: Scored[]): void {
    const n = q.length;
    const qCounts = new Map<number, number>();
    const qIds = new Int32Array(n);
    let unknown = -1;
    q.forEach((tok, i) => {
      const id = this.vocab.get(tok);
      if (id === undefined) {
        qIds[i] = unknown;
        unknown -= 1;
        return;
      }
      qIds[i] = id;
      qCounts.set(id, (qCounts.get(id) ?? 0) + 1);
    });
    const min = minScore / 100;
    const minLen = Math.ceil(n * min - 1e-9);
    const maxLen = Math.floor(n / min + 1e-9);
    if (this.counts.length < this.units.length) this.counts = new Int32Array(this.units.length);
    const common = this.counts;
    const touched: number[] = [];
    for (const [id, qc] of qCounts) {
      const us = this.postUnits[id]!;
      const cs = this.postCounts[id]!;
      for (let k = 0; k < us.length; k += 1) {
        const u = us[k]!;
        const len = this.units[u]!.tokens.length;
        if (len < minLen || len > maxLen) continue;
        if (common[u] === 0) touched.push(u);
        const c = cs[k]!;
        common[u]! += qc < c ? qc : c;
      }
    }
    const candidates: { u: number; bound: number }[] = [];
    for (const u of touched) {
      const c = common[u]!;
      common[u] = 0;
      if (skip.has(u)) continue;
      const bound = c / Math.max(n, this.units[u]!.tokens.length);
      if (bound + 1e-9 >= min) candidates.push({ u, bound });
    }
    candidates.sort((a, b) => b.bound - a.bound);
    // Keep the best `keep` scores seen; a candidate must reach the worst of them once full.
    const keep = limit + 2;
    const best: number[] = [];
    const memo = new Map<string, number>(); // units with the same normalised source score alike
    let verified = 0;
    for (const { u, bound } of candidates) {
      // Bounded work per lookup: past MAX_VERIFY exact computations the remaining candidates
      // (whose bound is no better than those already verified) are skipped.
      if (verified >= MAX_VERIFY) break;
      verified += 1;
      const floor = best.length >= keep ? Math.max(minScore, best[best.length - 1]!) : minScore;
      if (Math.floor(bound * 100 + 1e-9) < floor) break;
      const unit = this.units[u]!;
      const len = Math.max(n, unit.tokens.length);
      const maxDist = Math.floor(len * (1 - floor / 100) + 1e-9);
      const known = memo.get(unit.norm);
      const d = known !== undefined && known <= maxDist ? known : levenshteinWithin(qIds, unit.tokens, maxDist);
      if (known === undefined || d <= maxDist) memo.set(unit.norm, d);
      if (d > maxDist) continue;
      const score = Math.floor((1 - d / len) * 100 + 1e-9);
      if (score < minScore) continue;
      results.push({ unit, kind: 'fuzzy', score: Math.min(score, 99) });
      best.push(score);
      best.sort((a, b) => b - a);
      if (best.length > keep) best.pop();
    }
  }

  /** Concordance search: units whose source or target contains the query (normalised), approved first, then newest first. */
  search(query: string, limit = 50): { entries: TmEntry[]; total: number } {
    const q = normalizeSource(query);
    if (q === '') return { entries: [], total: 0 };
    const hits = this.units.filter((u) => u.norm.includes(q) || (u.searchTarget ??= normalizeSource(u.entry.target)).includes(q));
    hits.sort((a, b) => b.rank - a.rank || b.time - a.time);
    return { entries: hits.slice(0, limit).map((u) => u.entry), total: hits.length };
  }
}
