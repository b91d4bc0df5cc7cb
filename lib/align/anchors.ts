// Anchors: things a translator carries over recognisably, so a paragraph pair that shares them is
// likely aligned and a pair where one side has them and the other does not is likely not.
// Each paragraph gets a sorted, de-duplicated list of token ids; each id has a weight by kind.
import { englishNameKeys, koreanNameKeys } from './names';
import { englishForAnchors, koreanForAnchors } from './news-text';
import { englishNumbers, koreanNumbers } from './numbers';

export interface AlignTerm {
  source: string;
  target: string;
}

export interface Anchors {
  /** Per source paragraph: sorted unique token ids. */
  source: Int32Array[];
  /** Per target paragraph: sorted unique token ids. */
  target: Int32Array[];
  /** Weight of each token id (index = id). */
  weights: Float64Array;
  /** The token behind each id, for debugging and tests ("n:20", "a:WFP", "h:권정근", "t:0"). */
  tokens: string[];
}

// Names and glossary terms are chosen deliberately by the author, so they weigh more than numbers;
// a day of the month weighs little, since Korean often gives one where English has a weekday
// ("on Tuesday" ↔ "지난 2일"); romanised-name skeletons (r:) may collide by chance, so they weigh less
// than a name given with its Hangul.
const KIND_WEIGHT: Record<string, number> = { n: 1, a: 1, h: 1.5, t: 1.5, r: 1, d: 0.3 };

// News agencies and broadcasters named in the body of a story, as Korean papers write them.
export const AGENCY_TERMS: readonly AlignTerm[] = [
  { source: 'KCNA', target: '조선중앙통신' },
  { source: 'Korean Central News Agency', target: '조선중앙통신' },
  { source: 'Yonhap', target: '연합뉴스' },
  { source: 'Reuters', target: '로이터' },
  { source: 'Xinhua', target: '신화' },
  { source: 'Kyodo', target: '교도통신' },
  { source: 'Rodong Sinmun', target: '노동신문' },
];

const HANGUL = '\\u3131-\\u318e\\uac00-\\ud7a3';
/** `Kwon Jong-gun(권정근)`, `Kwon Jong-gun (권정근)`: a romanised name with its Korean form. */
const ROMANISED_PAIR = new RegExp(`([A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){0,3})\\s?\\(([${HANGUL}]{2,}(?:\\s[${HANGUL}]+)?)\\)`, 'g');
// Acronyms kept in Latin letters by Korean writers (WFP, IAEA, ICBM). Dotted ones like U.S. or U.N.
// are left out on purpose: Korean writes 미국 and 유엔 for those. Only Latin letters bound them,
// because Korean particles attach directly (NPT에서, WFP는).
const ACRONYM = /(?<![A-Za-z.])[A-Z][A-Z0-9]*[A-Z](?:[0-9]+)?(?![A-Za-z]|\.[A-Za-z])/g;
const NOT_ACRONYMS = new Set(['I', 'OK', 'TV', 'END', 'AM', 'PM', 'Q', 'A']);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function acronyms(text: string): string[] {
  return (text.match(ACRONYM) ?? []).filter((a) => !NOT_ACRONYMS.has(a));
}

/** Romanised names given with their Korean form anywhere in the English document. */
export function romanisedPairs(paragraphs: readonly string[]): AlignTerm[] {
  const seen = new Map<string, string>();
  for (const p of paragraphs) {
    // Both groups are required by ROMANISED_PAIR.
    for (const [, name = '', korean = ''] of p.matchAll(ROMANISED_PAIR)) {
      if (!seen.has(korean)) seen.set(korean, name.trim());
    }
  }
  return [...seen].map(([target, source]) => ({ source, target }));
}

class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly tokens: string[] = [];
  id(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.tokens.length;
      this.ids.set(token, id);
      this.tokens.push(token);
    }
    return id;
  }
}

function toSorted(ids: Set<number>): Int32Array {
  return Int32Array.from(ids).sort();
}

/** Matcher for a term in English: case-insensitive, on word boundaries (so "Kim" does not match "Kimchi"). */
// Compiled once per term: sentence links call extractAnchors once per bead with the same glossary.
const matcherCache = new Map<string, RegExp>();
function englishMatcher(term: string): RegExp {
  let re = matcherCache.get(term);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'iu');
    if (matcherCache.size > 50_000) matcherCache.clear();
    matcherCache.set(term, re);
  }
  return re;
}

/** Token kind for the weight table: "n:d20" is a day ("d"), otherwise the letter before the colon. */
function kindOf(token: string): string {
  return token.startsWith('n:d') ? 'd' : token.slice(0, 1);
}

export function extractAnchors(source: readonly string[], target: readonly string[], terms: readonly AlignTerm[] = []): Anchors {
  const vocab = new Vocabulary();
  const en = source.map(englishForAnchors);
  const ko = target.map(koreanForAnchors);
  // Glossary terms first, then names discovered in the English text and agency names; all become
  // "the Korean form must appear in the Korean paragraph". Korean particles attach directly
  // (권정근은), so a substring test.
  const glossary = [...terms, ...romanisedPairs(en), ...AGENCY_TERMS].filter((t) => t.source.trim() && t.target.trim());
  const termMatchers = glossary.map((t, k) => ({
    token: k < terms.length ? `t:${t.target}` : `h:${t.target}`,
    en: englishMatcher(t.source.trim()),
    ko: t.target.trim(),
  }));

  const src = en.map((p) => {
    const ids = new Set<number>();
    for (const v of englishNumbers(p)) ids.add(vocab.id(`n:${v}`));
    for (const a of acronyms(p)) ids.add(vocab.id(`a:${a}`));
    for (const t of termMatchers) {
      if (t.en.test(p) || p.includes(`(${t.ko})`)) ids.add(vocab.id(t.token));
    }
    for (const k of englishNameKeys(p)) ids.add(vocab.id(`r:${k}`));
    return ids;
  });
  const tgt = ko.map((p) => {
    const ids = new Set<number>();
    for (const v of koreanNumbers(p)) ids.add(vocab.id(`n:${v}`));
    for (const a of acronyms(p)) ids.add(vocab.id(`a:${a}`));
    for (const t of termMatchers) if (p.includes(t.ko)) ids.add(vocab.id(t.token));
    for (const k of koreanNameKeys(p)) ids.add(vocab.id(`r:${k}`));
    return ids;
  });
  // An acronym, name skeleton or day found on one side of the document only can never be matched:
  // it would only charge "unmatched" to whichever bead holds it (an acronym the Korean spells out,
  // "(EEZ)" the Korean adds, a day it gives for a weekday). Numbers and glossary terms stay: one
  // the translation lacks everywhere is evidence that its paragraph was left out.
  const oneSidedOk = (tok: string) => !/^(?:a:|r:|n:d)/.test(tok);
  const onSource = new Uint8Array(vocab.tokens.length);
  const onTarget = new Uint8Array(vocab.tokens.length);
  for (const ids of src) for (const id of ids) onSource[id] = 1;
  for (const ids of tgt) for (const id of ids) onTarget[id] = 1;
  const both = (ids: Set<number>) =>
    toSorted(new Set([...ids].filter((id) => (onSource[id] && onTarget[id]) || oneSidedOk(vocab.tokens[id]!))));

  const weights = new Float64Array(vocab.tokens.length);
  vocab.tokens.forEach((tok, id) => {
    weights[id] = KIND_WEIGHT[kindOf(tok)] ?? 1;
  });
  return { source: src.map(both), target: tgt.map(both), weights, tokens: vocab.tokens };
}

/**
 * Opening quotation marks: “…” and 「…」 (straight quotes count in pairs). Korean ‘…’ is left out: it
 * marks emphasis or a coined phrase far more often than it renders an English quotation.
 */
export function countQuotes(text: string, korean: boolean): number {
  const curly = (text.match(korean ? /[“「『]/g : /“/g) ?? []).length;
  const straight = Math.floor((text.match(/"/g) ?? []).length / 2);
  return curly + straight;
}
