// Shapes the acronyms check (acronyms.ts) weighs an acronym of the Korean by: generic abbreviations
// Korean writes in Latin letters, and the look-alikes of an acronym of the English that the Korean
// lost (LPG for LNG, KTX for GTX, IA for AI, CO for CO2).

/** Abbreviations Korean writes in Latin letters whatever the source says (GDP, ICBM, DMZ …). */
export const GENERIC = new Set([
  'GDP',
  'GNP',
  'GNI',
  'CPI',
  'CEO',
  'CFO',
  'AI',
  'IT',
  'ICT',
  'ICBM',
  'SLBM',
  'IRBM',
  'SRBM',
  'DMZ',
  'NLL',
  'JSA',
  'NGO',
  'SNS',
  'TV',
  'PC',
  'CCTV',
  'KTX',
  'COVID',
  'OK',
  'AM',
  'PM',
  'ID',
  'PR',
  'GPS',
  'LNG',
  'LPG',
  'R&D',
  'IPO',
  'ETF',
  'VIP',
  'DNA',
  'PCR',
  'FTA',
  'ODA',
  'MOU',
  'SOC',
  'QR',
  'USB',
  'SUV',
  'EV',
  'VR',
  'IQ',
  'PD',
  'CF',
  'MC',
  'DJ',
  'OTT',
]);

/** Y could be meant where X is written: same first letter, about the same length. */
export const rivals = (x: string, y: string) => x !== y && x[0] === y[0] && Math.abs(x.length - y.length) <= 1;
/**
 * The source's own acronym with its letters in another order (IA for AI, PI for IP). Only against
 * an acronym the English writes: a name's initials reordered may be its own language's acronym
 * (National Rally → RN, the French order).
 */
const sortedLetters = (x: string) => [...x].sort().join('');
export const anagram = (x: string, y: string) => x !== y && x.length === y.length && sortedLetters(x) === sortedLetters(y);
/** One letter of three or more changed in place (KTX for GTX): a look-alike even when the first letter differs. */
export function oneLetterOff(x: string, y: string): boolean {
  if (x.length !== y.length || x.length < 3 || x === y) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff++;
  return diff === 1;
}
// A digit glued to an acronym (CO2, NO2, PM10) or a subscript or superscript one (CO₂).
const GLUED_DIGIT = /[\d\u00B2\u00B3\u00B9\u2070\u2074-\u2079\u2080-\u2089]/;
const CAPITALS_RE = /(?<![A-Za-z])[A-Z]{2,8}(?![a-z])([\d\u00B2\u00B3\u00B9\u2070\u2074-\u2079\u2080-\u2089]+)?/g;
/** Each run of capitals of the English: with the digits glued to it (CO2), or null when it also stands bare. */
export function gluedForms(src: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  if (!/[A-Z]{2}/.test(src)) return out;
  for (const m of src.matchAll(CAPITALS_RE)) {
    const a = m[0].slice(0, m[0].length - (m[1]?.length ?? 0));
    if (/[A-Z]/.test(src[m.index + m[0].length] ?? '')) continue;
    if (!m[1]) out.set(a, null);
    else if (!out.has(a)) out.set(a, m[0]);
  }
  return out;
}
/**
 * The English writes this acronym only with a digit glued to it (CO2) and the Korean without (CO):
 * carbon dioxide became carbon monoxide. The acronym of CO2 reads as CO, so the source seems to have it.
 */
export function digitsCut(a: string, glued: ReadonlyMap<string, string | null>, tgt: string, end: number): string | undefined {
  if (GLUED_DIGIT.test(tgt[end] ?? '')) return undefined;
  return glued.get(a) ?? undefined;
}

/**
 * The acronyms each paragraph's English writes, by acronym: which paragraphs name it. Built once per
 * document (acronyms.ts, on first need).
 */
export function acronymParagraphs(sources: readonly string[], acronymsOf: (src: string) => Iterable<string>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  sources.forEach((src, i) => {
    if (!/[A-Z]{2}/.test(src)) return;
    for (const a of acronymsOf(src)) {
      const set = out.get(a);
      if (set) set.add(i);
      else out.set(a, new Set([i]));
    }
  });
  return out;
}
/**
 * The acronym of this paragraph's English that the Korean lost, when the Korean writes in its place
 * a sibling the document's English names beside it elsewhere (the FDR and the CVR, introduced
 * together; “the FDR showed” written CVR 분석): one lost acronym, not a generic one, of about the same
 * length, that shares a paragraph of the English with the one written.
 */
export function siblingSwapped(
  a: string,
  lost: readonly string[],
  paragraphs: ReadonlyMap<string, ReadonlySet<number>>,
): string | undefined {
  const mine = paragraphs.get(a);
  if (!mine) return undefined;
  const cands = lost.filter((y) => y !== a && !GENERIC.has(y) && Math.abs(y.length - a.length) <= 1);
  if (cands.length !== 1) return undefined;
  const theirs = paragraphs.get(cands[0]!);
  if (!theirs) return undefined;
  const [small, large] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
  for (const i of small) if (large.has(i)) return cands[0];
  return undefined;
}
/**
 * The acronym of this paragraph's English standing at the place the Korean gives `a`, when both
 * write their acronyms in one sequence that differs at that place only and the English's there is
 * one the Korean lost (FC Ribadouro … a UEFA licence written FC 리바도루 … AFC 라이선스): one body's
 * acronym put for another's. The places the two agree on anchor the comparison: a lone acronym (KAC
 * 분석 for “the FDR showed”) or a sequence of another length (U.S. written 미국) leaves nothing to
 * compare.
 */
export function positionSwapped(
  a: string,
  source: readonly string[],
  target: readonly string[],
  lost: readonly string[],
): string | undefined {
  if (source.length !== target.length || source.length < 2 || source.length > 40) return undefined;
  let at = -1;
  for (let i = 0; i < source.length; i++) {
    if (source[i] === target[i]) continue;
    if (at >= 0) return undefined;
    at = i;
  }
  if (at < 0 || target[at] !== a) return undefined;
  const y = source[at]!;
  // A longer or shorter form of the same name (MLBPA for MLB) is another check's question.
  return lost.includes(y) && !GENERIC.has(y) && y.length >= 2 && !a.includes(y) && !y.includes(a) ? y : undefined;
}
