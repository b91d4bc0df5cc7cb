// The probe nouns through which the dictionary is asked what may follow a noun, and a noun's
// object forms (을/를), by which the dictionary tells a noun: shared by the compound search
// (compound.ts) and its parts (noun-split.ts, verb-stems.ts, sound-rivals.ts, institutions.ts).

/** Nouns the dictionary inflects fully (공부를, 공부했다; 운동은, 운동하는): probe what may follow a noun, by its final. */
const PROBES = ['공부', '운동'] as const;
export const hasFinal = (c: string) => (c.charCodeAt(0) - 0xac00) % 28 !== 0;
export const probeFor = (before: string) => (hasFinal(before) ? PROBES[1] : PROBES[0]);

/**
 * Whether the dictionary takes `tail` after a 하다 noun ending in the syllable `before` (했다고 after
 * 운동): asked of a probe noun it inflects fully; compoundQueries holds the probe for every tail.
 */
export function takesNounEnding(before: string, tail: string, spell: (s: string) => boolean): boolean {
  return spell(probeFor(before) + tail);
}

/** A noun with the object particles (을/를): the dictionary accepts one of them for a noun. */
export function objectForms(s: string): string[] {
  return [`${s}을`, `${s}를`];
}
