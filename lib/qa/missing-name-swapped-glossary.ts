// One person's words given to another of the glossary: “…,” he said (Cheon, named in this
// paragraph) written 휘태커 사장은 “…” — the surname and title of a person the glossary spells with
// a given name and a surname (Dan Whitaker → 댄 휘태커) whom this paragraph's English does not
// mention, where it names another person of the glossary. missing-name-swapped.ts judges Korean
// surnames of one syllable (허 대표); this covers the surnames of foreign people, which Korean
// writes in full (휘태커, 트럼프). A paragraph whose English names no glossary person ("he said",
// continuing the paragraph before) or names a role (“the club's president said”) is left alone:
// the Korean may resolve the pronoun or the role to anyone.
import type { CompiledTerms } from './term-matching';

export interface GlossarySwap {
  text: string;
  start: number;
  end: number;
}

// Titles Korean news puts after a surname (a subset of lib/names' roles that people in the news hold).
const TITLE =
  '(?:사장|부사장|대표|회장|감독|단장|코치|위원장|의원|장관|대통령|총리|대변인|국장|교수|박사|선수|씨|관계자|이사|최고경영자|CEO)';
const PARTICLE_OR_END = '(?=[은는이가을를의에도과와께]|[\\s,.”"]|$)';

interface Person {
  /** The Korean surname (휘태커) and the words of the English name (Dan, Whitaker). */
  surname: string;
  words: string[];
}

const memo = new WeakMap<CompiledTerms, { people: Person[]; re: RegExp | null }>();
function glossaryPeople(terms: CompiledTerms): { people: Person[]; re: RegExp | null } {
  let v = memo.get(terms);
  if (v) return v;
  const people: Person[] = [];
  for (const t of terms.list) {
    if (t.term.kind !== 'NAME') continue;
    const words = t.term.source.split(/\s+/).filter((w) => /^[A-Z][A-Za-z'’-]{1,}$/.test(w));
    if (words.length === 0) continue;
    for (const target of t.targets) {
      const parts = target.trim().split(/\s+/);
      // A given name and a surname written apart (댄 휘태커): the surname is its own word.
      if (parts.length >= 2 && /^[가-힣]{2,5}$/.test(parts[parts.length - 1]!)) people.push({ surname: parts[parts.length - 1]!, words });
    }
  }
  const names = [...new Set(people.map((p) => p.surname))].sort((a, b) => b.length - a.length);
  const re = names.length ? new RegExp(`(?<![가-힣])(${names.join('|')}) ${TITLE}${PARTICLE_OR_END}`, 'g') : null;
  v = { people, re };
  memo.set(terms, v);
  return v;
}

// Every NAME term's English words (a Korean name's surname and given name, a Western one's first
// name and surname), for "does this paragraph name a person of the glossary?".
const wordsMemo = new WeakMap<CompiledTerms, string[][]>();
function nameWords(terms: CompiledTerms): string[][] {
  let v = wordsMemo.get(terms);
  if (!v) {
    v = terms.list
      .filter((t) => t.term.kind === 'NAME')
      .map((t) => t.term.source.split(/\s+/).filter((w) => /^[A-Z][A-Za-z'’-]{1,}$/.test(w)))
      .filter((w) => w.length > 0);
    wordsMemo.set(terms, v);
  }
  return v;
}

/** Whether the English holds the word whole (no letter either side), without building a pattern. */
function mentions(src: string, w: string): boolean {
  const letter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);
  for (let i = src.indexOf(w); i >= 0; i = src.indexOf(w, i + 1)) if (!letter(src[i - 1]) && !letter(src[i + w.length])) return true;
  return false;
}

// A role in the English (“the Mariners' president said”) the Korean may name the holder of.
const ROLE_EN =
  /\b(?:president|chief|executive|manager|coach|agent|director|spokes(?:man|woman|person)|official|chair(?:man|woman)?|owner|head|minister|secretary|ambassador|commissioner|CEO)\b/i;

/** Surname-and-title references to a glossary person this paragraph's English does not mention. */
export function glossarySwaps(src: string, tgt: string, terms: CompiledTerms): GlossarySwap[] {
  if (terms.list.length === 0) return [];
  const { people, re } = glossaryPeople(terms);
  if (!re || !tgt.includes(' ')) return [];
  re.lastIndex = 0;
  if (!re.test(tgt) || ROLE_EN.test(src)) return [];
  const out: GlossarySwap[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(tgt); m; m = re.exec(tgt)) {
    const person = people.filter((p) => p.surname === m![1]);
    if (person.some((p) => p.words.some((w) => mentions(src, w)))) continue;
    const others = nameWords(terms).filter((ws) => !person.some((p) => p.words.join(' ') === ws.join(' ')));
    if (!others.some((ws) => ws.some((w) => mentions(src, w)))) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
