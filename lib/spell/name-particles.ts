// The articles and prepositions inside a foreign name (Le Cordon Bleu → 르 코르동 블뢰, Pain de Seonbi
// → 팽 드 선비, Leonardo da Vinci → 레오나르도 다빈치, Ludwig van Beethoven → 루트비히 판 베토벤): written
// in Hangul as words of their own, by the 외래어 표기법 of the language (French le → 르, de → 드, du → 뒤),
// they are one or two syllables no dictionary lists. Let pass only when the segment's source has that
// particle before a capitalised word, that is inside a name the translation transliterates.

// Hangul forms and the Latin particles they write.
const PARTICLES: Record<string, readonly string[]> = {
  르: ['le'],
  라: ['la'],
  레: ['les'],
  드: ['de', "d'"],
  뒤: ['du'],
  데: ['des', 'de'],
  델: ['del'],
  델라: ['della'],
  디: ['di'],
  다: ['da'],
  도: ['do', 'dos'],
  두: ['do', 'dos'],
  판: ['van'],
  반: ['van'],
  폰: ['von'],
  데어: ['der'],
  데르: ['der'],
  덴: ['den'],
  엘: ['el'],
  알: ['al'],
  로스: ['los'],
  라스: ['las'],
  생: ['saint'],
  상: ['san', 'sant'],
  산: ['san'],
};

/** Whether the word writes a particle that stands before a capitalised word of the source (Le Cordon, de Seonbi). */
export function isForeignNameParticle(word: string, source: string): boolean {
  const latin = PARTICLES[word];
  if (!latin) return false;
  for (const p of latin) {
    // Case-blind for the particle (Le, de), then the next word's first letter must be a capital.
    const re = new RegExp(`(?:^|[^A-Za-z])${p.replace("'", "[’']")}${p.endsWith("'") ? '' : '\\s+'}([A-Za-z])`, 'gi');
    for (const m of source.matchAll(re)) if (/[A-Z]/.test(m[1]!)) return true;
  }
  return false;
}
