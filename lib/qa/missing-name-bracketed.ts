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

// A two-syllable surname (황보, 남궁, 제갈, 선우 …) the Korean cuts to its first syllable at a later
// mention: 황보찬호 … 황 의원은. The English gives the surname as one word (Hwangbo, Namgung) and
// its Hangul in brackets, so the short form names another family. Flagged on the surname and title
// (or 씨) of that first syllable, where the full surname is not what follows.
const COMPOUND_SURNAMES = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방', '을지', '어금', '망절', '장곡']);
// The first syllables of those surnames as surnames of their own.
const ONE_SYLLABLE = new Set(['hwang', 'nam', 'je', 'seon', 'sun', 'dok', 'sa', 'seo', 'suh', 'dong', 'eul', 'eo', 'jang', 'mang']);
const TITLES =
  '씨|군|양|옹|의원|국장|장관|차관|대표|회장|사장|교수|위원|위원장|원장|대변인|기자|총장|감독|선수|변호사|검사|판사|청장|시장|지사|경사|경위|교사|정책관|실장|부장|과장|팀장|연구원|연구위원|이사|대사|총리|처장|본부장|센터장|소장';

export interface CutSurname {
  full: string;
  cut: string;
  start: number;
  end: number;
}

/** Later mentions that cut a bracketed name's two-syllable surname to its first syllable. */
export function cutCompoundSurnames(src: string, tgt: string): CutSurname[] {
  const out: CutSurname[] = [];
  for (const b of bracketedNames(src)) {
    const surname = b.hangul.slice(0, 2);
    if (b.hangul.length < 3 || !COMPOUND_SURNAMES.has(surname)) continue;
    // The English romanises both syllables as the surname (Hwangbo Chan-ho, Jegal Min), not the
    // first alone with the second in the given name (Hwang Bo-ra → 황보라 is 황 + 보라).
    const [family, ...given] = b.latin.split(/\s+/);
    if (!family || given.length !== 1 || ONE_SYLLABLE.has(family.toLowerCase())) continue;
    const givenSyllables = given[0]!.includes('-') ? given[0]!.split('-').length : given[0]!.length <= 4 ? 1 : 2;
    if (b.hangul.length - givenSyllables !== 2) continue;
    const re = new RegExp(`(?<![가-힣])${surname[0]}\\s(?:${TITLES})(?![가-힣]*${surname[1]})`, 'g');
    for (const m of tgt.matchAll(re)) out.push({ full: surname, cut: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
