// Finds Korean person and place names that the English gives without their original form
// (`Oh Gyeong-seop`, `Kim Jong-un`, `Moon Jae-in`, `Kim Dae Jung`, `Panmunjom`, `Onchon County`)
// and attaches ranked Hangul candidates (candidates.ts). What counts:
//   - a person: a known surname spelling (Kim/Gim, Lee/Yi/Rhee/Ri, Park/Pak/Bak, Choi/Choe, Oh…)
//     followed by a given name whose every part reads as Korean syllables: a hyphenated word
//     (`Jong-un`, one syllable per part), two one-syllable words (`Il Sung`) or one joined word of
//     two syllables (`Jongun`);
//   - a place: a word of the gazetteer (places.ts), or any word that reads as Korean syllables with
//     an administrative suffix (`Gyeonggi-do`, `Onchon County`, `Hwanghae Province`).
// Western-order and foreign names (`Donald Trump`, `Hanoi`, `Ho Chi Minh`) are not proposed.
import { personCandidates, placeCandidates, givenNameReadings, surnameReadings, type NameCandidate } from './candidates';
import { NAME_STOP_WORDS } from './detect';
import { knownPerson } from './people';
import { knownPlace, METONYM_CAPITALS } from './places';
import { SURNAME_SPELLINGS } from './syllables';

export interface RomanisedName {
  source: string;
  type: 'person' | 'place';
  /** The gazetteer form of a well-known place (places.ts): certain enough to protect at once. */
  known?: string;
  candidates: NameCandidate[];
  occurrences: number;
  /** Paragraph of the first occurrence. */
  firstParagraph: number;
}

const WORD = String.raw`\p{Lu}\p{Ll}+`;
const HYPHEN = String.raw`[-‐‑]`;
// Surname + (hyphenated given | two one-syllable words | one joined word).
const PERSON = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’\-])(${WORD})\s(${WORD}${HYPHEN}\p{L}\p{Ll}*|${WORD}\s${WORD}|${WORD})(?![\p{L}\p{N}\-‐‑]|\s?[(（])`,
  'gu',
);
const PLACE_SUFFIXED = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’\-])(${WORD}(?:${HYPHEN}(?:do|si|gun|gu|dong|ri|eup|myeon|myon|kun|up)|\s(?:County|Province|City)))(?![\p{L}\p{N}])`,
  'gu',
);
const LONE_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}'’\-])(${WORD})(?![\p{L}\p{N}\-‐‑]|\s?[(（])`, 'gu');

/** Ordinary English words that happen to read as Korean syllables; never a given name. */
const ENGLISH = new Set([
  'an',
  'on',
  'in',
  'go',
  'so',
  'do',
  'no',
  'he',
  'she',
  'me',
  'we',
  'the',
  'sun',
  'son',
  'man',
  'men',
  'pan',
  'ban',
  'can',
  'gun',
  'sin',
  'tin',
  'hang',
  'song',
  'young',
  'long',
  'gang',
  'bang',
  'ring',
  'king',
  'sing',
  'hung',
  'young',
  'june',
  'may',
  'chin',
  'jin',
]);

function isKoreanGiven(given: string, strongSurname: boolean): boolean {
  const parts = given.split(/[\s\-‐‑]+/);
  if (parts.length === 1) {
    // A joined given name: exactly two syllables and not an English word.
    const w = parts[0]!.toLowerCase();
    if (ENGLISH.has(w)) return false;
    // A one-syllable given name (`Cho Kuk`, `Park Jin`) only after a surname spelled the usual way.
    if (w.length < 4) return strongSurname && givenNameReadings(w)[0]?.text.length === 1;
    return givenNameReadings(w).length > 0 && personCandidates(`Kim ${w}`, 1).length > 0 && twoSyllables(w);
  }
  if (parts.some((p) => ENGLISH.has(p.toLowerCase()) && !/[-‐‑]/.test(given))) return false;
  return givenNameReadings(given).length > 0;
}

function twoSyllables(w: string): boolean {
  const best = givenNameReadings(w)[0];
  return best !== undefined && best.text.length === 2;
}

function isSurname(word: string): boolean {
  return !NAME_STOP_WORDS.has(word.toLowerCase()) && surnameReadings(word).length > 0;
}

/** Korean names written without Hangul in the paragraphs, most frequent first. */
export function detectRomanisedNames(paragraphs: readonly string[]): RomanisedName[] {
  const found = new Map<string, RomanisedName>();
  const add = (source: string, type: RomanisedName['type'], paragraph: number, make: () => NameCandidate[], known?: string | null) => {
    const existing = found.get(source);
    if (existing) {
      existing.occurrences += 1;
      return;
    }
    const candidates = make();
    if (candidates.length > 0)
      found.set(source, {
        source,
        type,
        candidates,
        occurrences: 1,
        firstParagraph: paragraph,
        ...(known ? { known: candidates[0]!.target } : {}),
      });
  };
  paragraphs.forEach((p, i) => {
    const taken: [number, number][] = [];
    // Overlapping scan: "President Moon Jae-in" fails at "President" and retries at "Moon".
    const person = new RegExp(PERSON.source, 'gu');
    for (let m = person.exec(p); m; m = person.exec(p)) {
      const [whole, surname, given] = m as unknown as [string, string, string];
      if (!isSurname(surname) || !isKoreanGiven(given, surname.toLowerCase() in SURNAME_SPELLINGS)) {
        person.lastIndex = m.index + surname.length;
        continue;
      }
      const source = whole.replace(/\s+/g, ' ');
      add(source, 'person', i, () => withKnown(knownPerson(source), personCandidates(source)));
      taken.push([m.index, m.index + whole.length]);
    }
    const free = (start: number, end: number) => taken.every(([a, b]) => end <= a || start >= b);
    for (const m of p.matchAll(PLACE_SUFFIXED)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      const head = m[0].split(/[\s\-‐‑]/)[0]!;
      if (NAME_STOP_WORDS.has(head.toLowerCase()) || /^(North|South|East|West|New)$/.test(head)) continue;
      // `Kwon Jong-gun`: a given name after a surname, not a county.
      const before = /(\p{Lu}\p{Ll}+)\s$/u.exec(p.slice(Math.max(0, m.index - 20), m.index));
      if (before && isSurname(before[1]!)) continue;
      const known = knownPlace(head);
      add(m[0], 'place', i, () => withKnown(known, placeCandidates(m[0])), known);
      taken.push([m.index, m.index + m[0].length]);
    }
    for (const m of p.matchAll(LONE_WORD)) {
      const known = knownPlace(m[0]);
      if (!known || METONYM_CAPITALS.has(m[0].toLowerCase()) || !free(m.index, m.index + m[0].length)) continue;
      add(m[0], 'place', i, () => withKnown(known, placeCandidates(m[0])), known);
    }
  });
  return [...found.values()];
}

/** A listed form (places.ts, people.ts) goes first; the guesses follow. */
export function withKnown(known: string | null, guesses: NameCandidate[]): NameCandidate[] {
  if (!known) return guesses;
  const rest = guesses.filter((g) => !g.target.startsWith(known));
  const suffixed = guesses.find((g) => g.target.startsWith(known));
  return [{ target: suffixed?.target ?? known, score: 1 }, ...rest.map((g) => ({ ...g, score: Math.round(g.score * 100) / 1000 }))].slice(
    0,
    5,
  );
}
