// A name the English gives with its Hangul in brackets — "Noh Kyung-ah(노경아)", "Yoo Seon-hwa
// (류선화)", as Korean-related English writes a person whose romanisation does not settle the
// spelling (Yoo is 유 or 류, Rhee is 이). The writer has said how the name is spelt, so the Korean
// of that paragraph must hold exactly that Hangul (spaces aside): another given name (노경화), the
// other reading of the surname (유선화) or the name dropped for "an analyst" while the surname alone
// comes back later (노 연구원) are all errors the ordinary name test cannot see, since each keeps
// a plausible reading of the Latin.
const BRACKETED = /\b([A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,3}) ?\(([가-힣]{2,5})\)/g;

export interface BracketedName {
  latin: string;
  hangul: string;
  start: number;
  end: number;
}

/** Names in the source given with their Hangul in brackets: 2–5 syllables after 2–4 Latin words. */
export function bracketedNames(src: string): BracketedName[] {
  const out: BracketedName[] = [];
  if (!src.includes('(')) return out;
  for (const m of src.matchAll(BRACKETED)) out.push({ latin: m[1]!, hangul: m[2]!, start: m.index, end: m.index + m[1]!.length });
  return out;
}

/** The bracketed names whose Hangul the Korean does not hold (spaces inside the name ignored). */
export function lostBracketedNames(src: string, tgt: string): BracketedName[] {
  const names = bracketedNames(src);
  if (names.length === 0) return names;
  const flat = tgt.replace(/\s+/g, '');
  return names.filter((n) => !flat.includes(n.hangul));
}
