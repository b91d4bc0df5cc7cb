// One body abbreviated two ways in Korean. A document introduces a full name with its short form in
// brackets (문화체육관광부(문체부), 행정안전부(행안부)) and keeps that short form; another short form of
// the same full name elsewhere (문화부, 문광부: an older or colloquial one) names the body two ways. A
// short form here keeps the full name's first and last syllables and takes its others in order
// (문체부 ⊂ 문화체육관광부). Shared by the phrase-consistency check (a short form in running text) and
// the acronyms check (the bracket itself gives a short form the document then never uses).
import type { NearFinding } from './phrase-near-forms';

// Last syllables of a body's name: ministry, agency, office, institute, foundation.
const BODY_END = '부청처원단';
// Words that look like a short form of a ministry but name something else (the executive branch).
const COMMON = new Set(['행정부', '사법부', '입법부', '본부', '정부', '지부', '내부', '외부', '전부', '일부']);
// A ministry's short form counts only where the English speaks of a ministry or a minister (문화부
// is also a newspaper's culture desk).
const MINISTRY_EN = /\bminist(?:ry|er|ries|ers)\b/i;

// The initial-sound rule lets a short form write a syllable of the name with another onset (연합회 → 련).
const INITIAL_PAIRS: Record<string, string> = { 연: '련', 노: '로', 이: '리', 여: '려', 나: '라', 유: '류', 요: '료', 양: '량' };
/** The syllables of `short` stand in `full` in order (a Korean short form's rule; 련 may write 연). */
export function takenFrom(short: string, full: string): boolean {
  let j = 0;
  for (const c of short) {
    let k = full.indexOf(c, j);
    const alt = Object.entries(INITIAL_PAIRS).find(([a, b]) => a === c || b === c);
    if (k < 0 && alt) k = full.indexOf(alt[0] === c ? alt[1] : alt[0], j);
    if (k < 0) return false;
    j = k + 1;
  }
  return true;
}

/** `short` abbreviates `full`: shorter, same first and last syllables, the others in order (takenFrom). */
export function abbreviates(short: string, full: string): boolean {
  if (short.length < 2 || short.length >= full.length || short[0] !== full[0] || short.at(-1) !== full.at(-1)) return false;
  return takenFrom(short.slice(1, -1), full.slice(1, -1));
}

export interface Declared {
  full: string;
  short: string;
  segmentId: string;
  /** Where the short form in brackets starts. */
  start: number;
}

const DECLARED_RE = new RegExp(`(?<![가-힣])([가-힣]{4,14}[${BODY_END}])[(（]([가-힣]{2,6})[)）]`, 'g');

/** Full names the document gives with a Korean short form in brackets (at most a few dozen read). */
export function declaredShortForms(segments: readonly { id: string; targetText: string }[]): Declared[] {
  const out: Declared[] = [];
  for (const s of segments) {
    if (!s.targetText.includes('(') && !s.targetText.includes('（')) continue;
    for (const m of s.targetText.matchAll(DECLARED_RE)) {
      if (!abbreviates(m[2]!, m[1]!)) continue;
      out.push({ full: m[1]!, short: m[2]!, segmentId: s.id, start: m.index + m[1]!.length + 1 });
      if (out.length >= 40) return out;
    }
  }
  return out;
}

interface Use {
  id: string;
  start: number;
}

/** Every short form of `full` (three syllables or more) standing as a word, with a particle at most. */
function shortFormUses(segments: readonly { id: string; sourceText: string; targetText: string }[], full: string): Map<string, Use[]> {
  const out = new Map<string, Use[]>();
  const re = new RegExp(`(?<![가-힣])(${full[0]}[가-힣]{1,5}${full.at(-1)})(?=[가-힣]{0,3}(?![가-힣]))`, 'g');
  const ministry = full.endsWith('부');
  for (const s of segments) {
    if (!s.targetText.includes(full[0]!)) continue;
    for (const m of s.targetText.matchAll(re)) {
      const w = m[1]!;
      if (w === full || COMMON.has(w) || !abbreviates(w, full)) continue;
      // A bracket's short form is the document's own; a ministry's elsewhere needs a ministry in the English.
      const bracketed = /[(（]$/.test(s.targetText.slice(0, m.index));
      if (ministry && !bracketed && !MINISTRY_EN.test(s.sourceText)) continue;
      const list = out.get(w) ?? [];
      if (list.length < 50) list.push({ id: s.id, start: m.index });
      out.set(w, list);
    }
  }
  return out;
}

/**
 * A short form of a declared full name other than the declared one, used less often than it: the
 * body named two ways (문화부 once where the document writes 문체부 after 문화체육관광부(문체부)).
 */
export function abbreviationFindings(segments: readonly { id: string; sourceText: string; targetText: string }[]): NearFinding[] {
  const out: NearFinding[] = [];
  const declared = declaredShortForms(segments);
  const seen = new Set<string>();
  for (const d of declared) {
    if (seen.has(d.full) || d.short.length < 3) continue;
    seen.add(d.full);
    // The document gives two short forms for one name in brackets: no telling which is its own.
    if (declared.some((e) => e.full === d.full && e.short !== d.short)) continue;
    const uses = shortFormUses(segments, d.full);
    const usual = uses.get(d.short)?.length ?? 0;
    for (const [w, at] of uses) {
      if (w === d.short || at.length >= usual) continue;
      for (const u of at)
        out.push({ segmentId: u.id, english: d.full, variant: w, usual: d.short, start: u.start, relatedSegmentId: d.segmentId });
    }
  }
  return out;
}

/**
 * The bracket gives a short form the document never uses again, while it writes another short form
 * of the same full name more often (문화체육관광부(문광부) … 문체부 … 문체부): the bracket's short form
 * is not the document's.
 */
export function unusedDeclaredShortForms(
  segments: readonly { id: string; sourceText: string; targetText: string }[],
): (Declared & { usual: string })[] {
  const out: (Declared & { usual: string })[] = [];
  for (const d of declaredShortForms(segments)) {
    if (d.short.length < 3) continue;
    const uses = shortFormUses(segments, d.full);
    const own = uses.get(d.short)?.length ?? 0;
    if (own > 1) continue;
    let best = '';
    let n = 0;
    for (const [w, at] of uses) if (w !== d.short && at.length > n) [best, n] = [w, at.length];
    if (n >= 2) out.push({ ...d, usual: best });
  }
  return out;
}
