// Verb and copula forms the dictionary lists in part, and their common misspellings:
// - the honorific imperative -(으)십시오 of a verb whose stem ends in 시 (계시다 → 계십시오, 드시다 →
//   드십시오: the dictionary lists the form for some only); -십시요 is always -십시오 misspelt (한글 맞춤법
//   제15항 붙임 2: a sentence-final ending is 오, not 요: 계십시요 → 계십시오);
// - 어쨌- (어찌하였-, 어찌하다 + -었-, 제36항/제40항 contracted: 어쨌든, 어쨌거나, 어쨌다고) with any ending
//   했- takes; 어쨋- is its ㅆ written ㅅ (어쨋거나 → 어쨌거나);
// - -이었- written 이였 (제36항: ㅣ + ㅓ contracts to ㅕ, so 이었 is 였 after a vowel, never 이였):
//   학생이였다 → 학생이었다, 의사이였다 → 의사였다, 아니였다 → 아니었다 (아니- + -었-);
// - 켜- written 키- (켜다, 들이켜다; 표준어 규정 has no 키다 for 켜다): 들이키고 → 들이켜고.
// Only for a word the dictionary refuses; the form offered must be a word of the dictionary or of the
// rules here.
import { compose, isSyl, parts, V_I } from './syllables';

const SIPSIO = /^(.+)십시[오요]$/;

/** 계십시오: -십시오 on a stem in 시 whose verb the dictionary lists (계시다). */
function isHonorificImperative(word: string, spell: (s: string) => boolean): boolean {
  const m = SIPSIO.exec(word);
  return m !== null && word.endsWith('오') && spell(`${m[1]}시다`);
}

const EOJJAET = /^어[쨌쨋](.+)$/;

/** 어쨌거나, 어쨌다고: 어쨌- and an ending 했- takes. */
function isEojjaet(word: string, spell: (s: string) => boolean): boolean {
  const m = EOJJAET.exec(word);
  return m !== null && word[1] === '쨌' && spell(`했${m[1]}`);
}

/** Whether the word is one of the forms above the dictionary lacks (계십시오, 어쨌거나). */
export function isVerbFormWord(word: string, spell: (s: string) => boolean): boolean {
  return isHonorificImperative(word, spell) || isEojjaet(word, spell);
}

/** The forms the rivals may offer, in order (not checked against a dictionary). */
function candidates(word: string): string[] {
  const out: string[] = [];
  const m = SIPSIO.exec(word);
  if (m && word.endsWith('요')) out.push(`${m[1]}십시오`);
  if (word.startsWith('어쨋')) out.push(`어쨌${word.slice(2)}`);
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i + 1] !== '였' || !isSyl(word[i])) continue;
    const head = word.slice(0, i),
      rest = word.slice(i + 2);
    const { l, v, t } = parts(word[i]!);
    if (word[i] === '이' && head !== '' && isSyl(head.slice(-1)) && parts(head.slice(-1)).t === 0) out.push(`${head}였${rest}`);
    // 이였 → 이었; 니였 → 니었 (아니었다): a ㅣ syllable without a final and 였.
    if (v === V_I && t === 0) out.push(`${head}${compose(l, v, 0)}었${rest}`);
  }
  for (let i = 1; i < word.length; i++) if (word[i] === '키' && i + 1 < word.length) out.push(`${word.slice(0, i)}켜${word.slice(i + 1)}`);
  return out.filter((c) => c !== word);
}

/** The form a refused word misspells (계십시요 → 계십시오, 아니였다 → 아니었다), or null. */
export function verbFormRival(word: string, spell: (s: string) => boolean): string | null {
  return candidates(word).find((c) => spell(c) || isVerbFormWord(c, spell)) ?? null;
}

/** The dictionary answers isVerbFormWord and verbFormRival need: for a batching caller. */
export function verbFormQueries(word: string): string[] {
  const forms = [word, ...candidates(word)];
  const out = [...candidates(word)];
  for (const f of forms) {
    const m = SIPSIO.exec(f);
    if (m) out.push(`${m[1]}시다`);
    const e = EOJJAET.exec(f);
    if (e) out.push(`했${e[1]}`);
  }
  return [...new Set(out)];
}
