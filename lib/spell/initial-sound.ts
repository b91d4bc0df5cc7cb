// The initial-sound law (두음 법칙, 한글 맞춤법 제10–12항): a Sino-Korean syllable in ㄴ before ㅕ ㅛ ㅠ ㅣ,
// or in ㄹ, is written as it is said at the start of a word — 녀 → 여, 료 → 요, 락 → 낙 (年末 연말, 樂園
// 낙원) — and so at the start of the second part of a compound or after a prefix (회계연도, 실낙원,
// 신여성: 제10항 붙임 2, 제12항 붙임 2). Written with the character's own reading there (년말,
// 회계년도, 실락원) it is a common error. After a number the syllable is a bound noun and keeps its
// sound (2020년도, 3년간), so no digit may come before it.
import { lexiconNoun } from './lexicon';
import { compose, isSyl, parts, L_NIEUN, L_RIEUL, L_IEUNG, T_NIEUN } from './syllables';
import { nounTail } from './word-shapes';

// ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ: ㄴ/ㄹ before them is dropped (녀 → 여, 례 → 예, 리 → 이).
const Y_VOWELS = new Set([2, 6, 7, 12, 17, 20]);
// ㅏ ㅐ ㅗ ㅚ ㅜ ㅡ: ㄹ before them is said ㄴ (락 → 낙, 래 → 내, 로 → 노, 뢰 → 뇌, 루 → 누, 릉 → 능).
const N_VOWELS = new Set([0, 1, 8, 11, 13, 18]);

/** The syllable with the law applied, or null when the law does not touch it. */
function lawForm(c: string): string | null {
  const { l, v, t } = parts(c);
  if ((l === L_NIEUN || l === L_RIEUL) && Y_VOWELS.has(v)) return compose(L_IEUNG, v, t);
  if (l === L_RIEUL && N_VOWELS.has(v)) return compose(L_NIEUN, v, t);
  return null;
}

/**
 * Forms of the word with the law applied to one syllable, with where: at the start (a closed syllable
 * only — 년, 력, 락: an open 리, 루, 로 starts too many foreign names, 리암, 루이) or after another
 * Hangul syllable (not after a digit).
 */
export function initialSoundForms(word: string): { form: string; at: number }[] {
  if (word.length < 2 || word.length > 12) return [];
  const out: { form: string; at: number }[] = [];
  for (let i = 0; i < word.length - 1; i++) {
    const c = word[i]!;
    if (!isSyl(c) || (i > 0 && !isSyl(word[i - 1]))) continue;
    if (i === 0 && parts(c).t === 0) continue;
    const f = lawForm(c);
    if (f !== null) out.push({ form: word.slice(0, i) + f + word.slice(i + 1), at: i });
  }
  return out;
}

/**
 * The word with the law applied where it was left out (년말 → 연말, 회계년도 → 회계연도, 실락원 →
 * 실낙원), or null: the part from that syllable on, with the law, is a Sino-Korean noun of two syllables
 * or more (the larger lexicon, and a noun of the dictionary too) and the whole form is a word of the dictionary or of the lexicon. For a
 * word the dictionary refuses; `spell` answers initialSoundQueries.
 */
export function initialSoundRival(word: string, spell: (s: string) => boolean): string | null {
  for (const { form, at } of initialSoundForms(word)) {
    const noun = lexiconNoun(form.slice(at));
    if (noun === null || !(spell(`${noun}을`) || spell(`${noun}를`))) continue;
    if (verbEndingProbes(word, at).some(spell)) continue;
    if (spell(form) || lexiconNoun(form) !== null) return form;
  }
  return suffixRival(word, spell);
}

// 量 and 欄 after a noun (제12항 붙임 1 and 표준국어대사전): 량, 란 after a Sino-Korean noun (작업량,
// 강수량, 독자란), 양, 난 after a native word or a loanword (구름양, 칼로리양, 어린이난).
const SUFFIX_PAIRS: Record<string, string> = { 량: '양', 양: '량', 란: '난', 난: '란' };

/** A noun of two syllables or more, 량/양 or 란/난 and particles, with the suffix in the other form. */
function suffixForms(word: string): { form: string; noun: string }[] {
  const out: { form: string; noun: string }[] = [];
  for (let i = 2; i < word.length; i++) {
    const other = SUFFIX_PAIRS[word[i]!];
    if (other === undefined || !nounTail(word.slice(i + 1))) continue;
    const stem = word.slice(0, i) + other;
    // With the object particle, as the noun: 란 alone is also the topic particle (원료란 'as for raw materials').
    out.push({ form: stem + word.slice(i + 1), noun: `${stem}을` });
  }
  return out;
}

/**
 * The word with 량/양 or 란/난 after a noun in the other form, when the dictionary lists the noun with
 * that form (작업양 → 작업량, 강수양 → 강수량, 독자난 → 독자란): the dictionary's form says which
 * the noun takes. For a word the dictionary refuses.
 */
function suffixRival(word: string, spell: (s: string) => boolean): string | null {
  for (const { form, noun } of suffixForms(word)) if (spell(noun)) return form;
  return null;
}

/**
 * The syllable and what comes before it as the start of a verb form, with -고 or -면 for the rest
 * (하려야 → 하려고, 하려면): when the dictionary takes one, the syllable is a verb's ending (-(으)려
 * of intention: 하려야 is the standard form of 할래야), not a Sino-Korean syllable the law touches
 * (하여야 is no misspelling's correction there). 회계년고 or 실락면 is no word.
 */
function verbEndingProbes(word: string, at: number): string[] {
  const start = word.slice(0, at + 1);
  return [`${start}고`, `${start}면`];
}

/**
 * 렬 and 률 after a vowel or ㄴ, written 열 and 율 (한글 맞춤법 제11항 붙임 1: 나열, 진열, 분열, 비율,
 * 선율, 백분율; 결렬, 행렬, 합격률 keep the ㄹ after another final): the word with each such syllable
 * so written, for a word the dictionary refuses (나렬 → 나열, 진렬을 → 진열을, 분렬하다 → 분열하다).
 */
function yeolYulForms(word: string): string[] {
  const out: string[] = [];
  if (word.length > 12) return out;
  for (let i = 1; i < word.length; i++) {
    const c = word[i]!;
    if (c !== '렬' && c !== '률') continue;
    if (!isSyl(word[i - 1]) || ![0, T_NIEUN].includes(parts(word[i - 1]!).t)) continue;
    out.push(word.slice(0, i) + (c === '렬' ? '열' : '율') + word.slice(i + 1));
  }
  return out;
}

/** The first yeolYulForms form the dictionary takes, or null. `spell` answers initialSoundQueries. */
export function yeolYulRival(word: string, spell: (s: string) => boolean): string | null {
  return yeolYulForms(word).find(spell) ?? null;
}

/** The dictionary answers initialSoundRival needs. */
export function initialSoundQueries(word: string): string[] {
  const law = initialSoundForms(word).flatMap(({ form, at }) => {
    const noun = lexiconNoun(form.slice(at));
    return noun === null ? [] : [form, `${noun}을`, `${noun}를`, ...verbEndingProbes(word, at)];
  });
  return [...law, ...suffixForms(word).map((f) => f.noun), ...yeolYulForms(word)];
}
