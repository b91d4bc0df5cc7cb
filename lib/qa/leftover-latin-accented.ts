// A name left in Latin in its own language's accented spelling (베트남 Hồ Chí Minh에서, Zürich에서,
// São Paulo의), which is neither the source's form nor Korean: the Latin-name pattern of
// leftover-latin.ts reads ASCII letters only. A capitalised run with a letter outside ASCII counts
// when its letters without their accents are a name of the source (Ho Chi Minh City) or a country or
// large city of the world (world-places.data.ts), and it stands as a word of the Korean (a particle or
// Korean right after it) or the source writes that name. Brands and names the source itself accents
// (Pokémon, Nestlé, Citroën) fold to no source word and pass; a gloss in parentheses is masked before.

// A capitalised word with at least one accented Latin letter, and the capitalised words around it.
const WORD = String.raw`[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF][a-z\u00DF-\u00FF\u0100-\u024F\u1E00-\u1EFF]+`;
const LATIN = String.raw`A-Za-z\u00C0-\u024F\u1E00-\u1EFF`;
const RUN_RE = new RegExp(String.raw`(?<![${LATIN}\d])${WORD}(?:\s+${WORD})*(?![${LATIN}\d])`, 'gu');
const ACCENTED = /[\u00C0-\u024F\u1E00-\u1EFF]/;

const fold = (w: string) =>
  w
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'));

/** Accented Latin names the Korean keeps as words (start, end, the run as written). */
export function accentedNames(masked: string, source: string, places: ReadonlySet<string>): { word: string; start: number }[] {
  if (!ACCENTED.test(masked)) return [];
  const out: { word: string; start: number }[] = [];
  for (const m of masked.matchAll(RUN_RE)) {
    const word = m[0];
    if (!ACCENTED.test(word)) continue;
    const plain = fold(word);
    if (plain === word || !/^[A-Za-z\s]+$/.test(plain) || source.includes(word)) continue;
    const inSource = source.includes(plain);
    if (!inSource && !places.has(plain)) continue;
    const glued = /^[가-힣]/.test(masked.slice(m.index! + word.length, m.index! + word.length + 1));
    if (glued || inSource) out.push({ word, start: m.index! });
  }
  return out;
}
