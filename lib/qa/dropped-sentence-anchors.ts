// Moved anchors for the dropped-sentence check (see dropped-sentence.ts).
import { englishNumbers, koreanNumbers } from '../align/numbers';
import { sentenceSpans } from '../align/features';
import type { alignSentences } from '../align/sentences';

// Where the Korean keeps as many sentences as the English because the translator split one, the
// aligner, which prefers 1:1 links, pairs a dropped short sentence with the split-off half of its
// neighbour, or every later sentence with the Korean of the one before. The pairing gives itself
// away by an anchor, a number or a glossary term: the Korean sentence holds one its English partner
// lacks, and the neighbouring English sentence has it while the neighbour's own Korean does not
// (“… while the KOSPI gained 0.9 percent. Rival yards also rose.” ↔ “… 마감했다. 같은 날 코스피는
// 0.9% 올랐다.”). The English sentence of that link is reported as having no Korean. Days of the
// month are left out (a weekday often stands for one).

/** A glossary term for anchoring: its English, the short form news uses after the first mention, its Korean. */
export interface AnchorTerm {
  source: string;
  short?: RegExp;
  target: string;
}

// Generic first words that do not stand for the whole name (International Maritime Organization).
const GENERIC_FIRST =
  /^(?:The|International|National|Korea|Korean|South|North|East|West|United|Central|Federal|World|Asian|Global|General|New|First|Bank|Ministry|Export|Import|Foreign|State|Royal|Grand)$/;

/**
 * Glossary terms with their short form: a company or body of two words or more is called by its
 * first word, or first two, after the first mention (Hanbada Heavy Industries → Hanbada, Aegean
 * Meridian Shipping → Aegean Meridian) while the Korean keeps the full name (한바다중공업).
 */
export function anchorTerms(terms: readonly { term: { source: string; kind?: string }; targets: readonly string[] }[]): AnchorTerm[] {
  return terms.flatMap(({ term, targets }) => {
    const words = term.source.trim().split(/\s+/);
    const short =
      term.kind !== 'NAME' && words.length >= 2 && /^[A-Z][A-Za-z-]{3,}$/.test(words[0]!) && !GENERIC_FIRST.test(words[0]!)
        ? new RegExp(`\\b${words[0]!.replace(/[-]/g, '\\-')}\\b`)
        : undefined;
    return targets.filter((t) => t.trim()).map((target) => ({ source: term.source.trim().toLowerCase(), short, target: target.trim() }));
  });
}

/** Adds `t<i>` for each glossary term the text holds (its Korean, or its English or short form). */
function addTermAnchors(out: Set<string>, text: string, korean: boolean, terms: readonly AnchorTerm[]): Set<string> {
  if (!terms.length) return out;
  const lower = korean ? text : text.toLowerCase();
  terms.forEach((t, i) => {
    if (korean ? text.includes(t.target) : lower.includes(t.source) || t.short?.test(text)) out.add(`t${i}`);
  });
  return out;
}

function anchorsOf(text: string, korean: boolean, terms: readonly AnchorTerm[]): Set<string> {
  return addTermAnchors(
    new Set((korean ? koreanNumbers(text) : englishNumbers(text)).filter((n) => !n.startsWith('d'))),
    text,
    korean,
    terms,
  );
}

export function movedAnchorLink(source: string, target: string, r: ReturnType<typeof alignSentences>, terms: readonly AnchorTerm[]) {
  const en = (i: number) => anchorsOf(source.slice(r.source[i]!.start, r.source[i]!.end), false, terms);
  const ko = (j: number) => anchorsOf(target.slice(r.target[j]!.start, r.target[j]!.end), true, terms);
  const union = (sets: Set<string>[]) => new Set(sets.flatMap((x) => [...x]));
  const links = r.links;
  for (let k = 0; k < links.length; k++) {
    const l = links[k]!;
    if (l.source.length !== 1 || l.target.length !== 1) continue;
    const koHere = ko(l.target[0]!);
    if (!koHere.size) continue;
    const enHere = en(l.source[0]!);
    for (const m of [links[k - 1], links[k + 1]]) {
      if (!m?.source.length || !m.target.length) continue;
      const enThere = union(m.source.map(en));
      const koThere = union(m.target.map(ko));
      for (const n of koHere) if (!enHere.has(n) && enThere.has(n) && !koThere.has(n)) return l;
    }
  }
  return null;
}

// Digits as written (commas dropped): the cheap anchors of the test before the aligner.
const DIGITS_RE = /\d+(?:[.,]\d+)*/g;

function cheapAnchors(text: string, korean: boolean, terms: readonly AnchorTerm[]): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(DIGITS_RE)) out.add(m[0].replace(/,/g, ''));
  return addTermAnchors(out, text, korean, terms);
}

/**
 * Cheap test before the aligner: with as many sentences on both sides (three or more), does a
 * Korean sentence hold a number or glossary term that its English namesake lacks, while the English
 * sentence before or after has it and that sentence's Korean namesake does not?
 */
export function shiftedAnchor(source: string, target: string, terms: readonly AnchorTerm[]): boolean {
  if (!/\d/.test(target) && !terms.some((t) => target.includes(t.target))) return false;
  const ko = sentenceSpans(target, true);
  if (ko.length < 3) return false;
  const en = sentenceSpans(source, false);
  if (en.length !== ko.length) return false;
  const e: (Set<string> | undefined)[] = [];
  const k: (Set<string> | undefined)[] = [];
  const at = (side: (Set<string> | undefined)[], spans: [number, number][], text: string, korean: boolean, i: number) =>
    i < 0 || i >= spans.length ? undefined : (side[i] ??= cheapAnchors(text.slice(spans[i]![0], spans[i]![1]), korean, terms));
  for (let i = 0; i < ko.length; i++) {
    const here = at(k, ko, target, true, i)!;
    if (!here.size) continue;
    for (const n of here) {
      if (at(e, en, source, false, i)!.has(n)) continue;
      for (const j of [i - 1, i + 1]) if (at(e, en, source, false, j)?.has(n) && !at(k, ko, target, true, j)!.has(n)) return true;
    }
  }
  return false;
}
