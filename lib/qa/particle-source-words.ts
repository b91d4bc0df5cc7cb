// Names the English spells with a final vowel sound in -i (Eisai, Dubai, Hanoi, Hou Yu-ih) end in a
// final 이 in Korean (에자이, 두바이, 하노이): such a Hangul word renders the source word as a whole and
// is no stem + particle 이 (에자 + 이 → 에자가), for particle-nouns.ts.

const CONSONANT_RUNS = /[^aeiouy-]+/gi;
const I_NAME_RE = /[A-Z][a-z]*(?:-[a-z]*)?(?:[aeiou][iy]|ih|ie|ii)\b/g;

// The Hangul initial consonants (choseong index: ㄱ 0, ㄴ 2, ㄷ 3, ㄹ 5, ㅁ 6, ㅂ 7, ㅅ 9, ㅆ 10, ㅇ 11,
// ㅈ 12, ㅊ 14, ㅋ 15, ㅌ 16, ㅍ 17, ㅎ 18) a Latin first letter is written with.
const INITIALS: Record<string, readonly number[]> = {
  a: [11],
  e: [11],
  i: [11],
  o: [11],
  u: [11],
  y: [11],
  w: [11],
  h: [18, 11],
  b: [7],
  c: [15, 9, 14],
  d: [3],
  f: [17],
  g: [0, 12],
  j: [12],
  k: [15, 0],
  l: [5],
  m: [6],
  n: [2],
  p: [17, 7],
  q: [15],
  r: [5],
  s: [9, 10, 14],
  t: [16, 3, 14],
  v: [7],
  x: [12, 9],
  z: [12],
};

/** A source name in -i: the initials its Korean spelling may start with, and its runs of consonant letters (Eisai: s, 1). */
export interface SourceIName {
  initials: readonly number[];
  consonants: number;
}

/** The source's names in a final -i sound (Eisai, Hanoi); empty when it has none. */
export function sourceINames(source: string): SourceIName[] {
  const out: SourceIName[] = [];
  for (const m of source.matchAll(I_NAME_RE)) {
    const initials = INITIALS[m[0][0]!.toLowerCase()];
    if (initials) out.push({ initials, consonants: m[0].match(CONSONANT_RUNS)?.length ?? 0 });
  }
  return out;
}

/**
 * Whether a Hangul word in 이 (에자이) may render one of the source's -i names as a whole: it starts
 * with a consonant that name's first letter is written with, and has about as many consonants (the
 * initials other than ㅇ, and the finals) as the name has runs of consonant letters, one more or less
 * (에자이 for Eisai, 하노이 for Hanoi; not 연구자이 for Eisai, nor 기자이 for Dubai).
 */
export function rendersSourceIName(word: string, names: readonly SourceIName[]): boolean {
  if (!names.length) return false;
  const c = word.charCodeAt(0) - 0xac00;
  if (!(c >= 0 && c < 11172)) return false;
  const initial = Math.floor(c / 588);
  let consonants = 0;
  for (let i = 0; i < word.length; i++) {
    const s = word.charCodeAt(i) - 0xac00;
    if (!(s >= 0 && s < 11172)) return false;
    if (Math.floor(s / 588) !== 11) consonants++;
    if (s % 28 !== 0) consonants++;
  }
  return names.some((n) => Math.abs(consonants - n.consonants) <= 1 && n.initials.includes(initial));
}

// A Korean constituency is a district's name and an ordinal 갑/을/병/정 (마포을, 강남갑): the English
// writes it Mapo-B or Gangnam A. The 을 of the second (B) district is part of the name, no object
// particle after an open syllable (마포을 의석, not 마포 + a wrong 을 → 마포를).
const B_DISTRICT_RE = /\b([A-Z][a-z]{1,14}(?:-[a-z]{1,10})?)[- ]B\b/g;

/** The Hangul initials the source's B districts (Mapo-B) may start with; empty when it has none. */
export function sourceBDistricts(source: string): (readonly number[])[] {
  const out: (readonly number[])[] = [];
  if (!source.includes('B')) return out;
  for (const m of source.matchAll(B_DISTRICT_RE)) {
    const initials = INITIALS[m[1]![0]!.toLowerCase()];
    if (initials) out.push(initials);
  }
  return out;
}

/** Whether a stem before 을 (마포 in 마포을) may be the district of one of the source's B districts. */
export function namesBDistrict(stem: string, districts: readonly (readonly number[])[]): boolean {
  if (!districts.length || stem.length < 2 || stem.length > 4) return false;
  const c = stem.charCodeAt(0) - 0xac00;
  if (!(c >= 0 && c < 11172)) return false;
  return districts.some((d) => d.includes(Math.floor(c / 588)));
}

/** For a source: whether stem + particle (에자이, 마포을) is a source name's own ending, no particle. */
export function sourceNameEnds(
  source: string,
  iNames: () => readonly SourceIName[],
): (word: string, stem: string, particle: string) => boolean {
  let districts: (readonly number[])[] | null = null;
  return (word, stem, particle) =>
    particle === '이'
      ? rendersSourceIName(word, iNames())
      : particle === '을' && namesBDistrict(stem, (districts ??= sourceBDistricts(source)));
}
