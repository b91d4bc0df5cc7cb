// Forms the dictionary lists only in part, right by a rule of the norms when the form they are built
// on is a word of the dictionary:
// - 텐- for 터인- (the bound noun 터 and the copula: 할 텐데요 ← 터인데요, 텐가 ← 터인가; 한글 맞춤법 제36항
//   and 표준국어대사전 '텐데');
// - -찮- for -하지 않- after a root that ends in a vowel or ㄴ ㄹ ㅁ ㅇ (한글 맞춤법 제39항 and 제40항: 흔찮은 ←
//   흔하다, 시원찮게 ← 시원하다); after ㄱ ㅂ ㅅ the 하 drops whole (넉넉잖다, not 넉넉찮다); and so -치 for
//   -하지 there (만만치 ← 만만하지): -지 after such a root, where the dictionary lists the -치 form, is it misspelt;
// - an auxiliary verb written together with the -아/-어 form before it (한글 맞춤법 제47항 allows it:
//   해줄게 ← 해 + 줄게, 읽어줄래 ← 읽어 + 줄래), where the -아/-어 form and the auxiliary's form are words.
import { commonMisspelling } from './common-errors';
import { compose, isSyl, parts, T_SSANGSIOT, V_YEO } from './syllables';

const MAX = 8;
const objectForms = (s: string) => [`${s}을`, `${s}를`];

/** 텐데요 → 터인데요: the form the dictionary is asked about, or null. Not -대 (텐대요 is 텐데요 misspelt). */
function teoForm(word: string): string | null {
  if (word.length < 2 || word.length > MAX || !word.startsWith('텐') || word[1] === '대') return null;
  return `터인${word.slice(1)}`;
}

// Finals before -찮- (voiced: none, ㄴ ㄹ ㅁ ㅇ).
const VOICED_FINALS = new Set([0, 4, 8, 16, 21]);
// Adjectives in -찮다 the dictionary inflects fully: the word's ending is asked of them.
const CHANH_MODELS = ['편찮', '귀찮'];

/** 흔찮은 → [흔하다, 편찮은, 귀찮은]: the root's 하다 and the ending on a listed -찮다 adjective, or null. */
function chanhForms(word: string): { adjective: string; endings: string[] } | null {
  if (word.length < 3 || word.length > MAX) return null;
  const i = word.indexOf('찮', 1);
  if (i < 1 || i > 3) return null;
  const root = word.slice(0, i);
  const last = root.at(-1)!;
  if (!isSyl(last) || last === '하' || !VOICED_FINALS.has(parts(last).t)) return null;
  const ending = word.slice(i + 1);
  return { adjective: `${root}하다`, endings: CHANH_MODELS.map((m) => m + ending) };
}

/** 만만지 → 만만치: the root (a vowel or ㄴ ㄹ ㅁ ㅇ last), or null. */
function chiRoot(word: string): string | null {
  if (word.length < 3 || word.length > MAX || !word.endsWith('지')) return null;
  const root = word.slice(0, -1);
  const last = root.at(-1)!;
  return isSyl(last) && last !== '하' && VOICED_FINALS.has(parts(last).t) ? root : null;
}

/**
 * -지 for the -치 of -하지 after a voiced root (만만지 → 만만치, 간단지 → 간단치), for a word the dictionary
 * refuses, where it lists the root's 하다 and the -치 form; else null.
 */
export function chiRival(word: string, spell: (s: string) => boolean): string | null {
  const root = chiRoot(word);
  return root !== null && spell(`${root}하다`) && spell(`${root}치`) ? `${root}치` : null;
}

// First syllables of the auxiliaries 주다, 드리다, 보다, 두다, 놓다, 버리다 in their forms.
const AUXILIARY_START = /^(?:[주줄준줍줌줘줬]|드[리릴린립려렸]|[보볼본봅봄봐봤]|[두둘둔둡둠둬뒀]|[놓놔놨]|버[리릴린립려렸])/;
// The first syllables of endings after an auxiliary's stem.
const ENDING_START = new Set([...'게래까다요세고지면니서도야라자는던냐어었셨시신실겠며려러기']);
// Vowels an -아/-어 form ends in: ㅏ ㅐ(해) ㅓ ㅕ ㅘ ㅝ.
const A_EO_VOWELS = new Set([0, 1, 4, 6, 9, 14]);

/** 해줄게 → [해, 줄게]: each split of the word into an -아/-어 form and an auxiliary's form. */
function auxiliarySplits(word: string): [string, string][] {
  if (word.length < 3 || word.length > MAX) return [];
  const out: [string, string][] = [];
  for (let i = 1; i <= Math.min(3, word.length - 2); i++) {
    const main = word.slice(0, i),
      aux = word.slice(i);
    const last = main.at(-1)!;
    if (!isSyl(last) || parts(last).t !== 0 || !A_EO_VOWELS.has(parts(last).v) || !AUXILIARY_START.test(aux)) continue;
    // After the auxiliary's stem (드리, 버리: two syllables), nothing or an ending (줄게, 줘요, 드릴까; not 두리).
    const k = /^[드버]/.test(aux) ? 2 : 1;
    if (aux.length === k || ENDING_START.has(aux[k]!)) out.push([main, aux]);
  }
  return out;
}

/**
 * A stem that ends in ㅕ with no final (켜다, 들이켜다) before -었- or -어지다, which the dictionary lists
 * only in part: 켜었다 but not 켰다, 켜다 but not 켜지다. 한글 맞춤법 제34항 붙임 1: after a stem in ㅓ or ㅕ
 * the 어 of -어/-었- always drops (펴었다 → 폈다, 켜었다 → 켰다); -어지다 is written solid with the -어 form
 * (켜 + 지다: 켜져, 켜졌다). [the form the dictionary is asked about, and what else must be a word] or null.
 */
function yeoForms(word: string): string[] | null {
  if (word.length < 2 || word.length > MAX) return null;
  for (let i = 0; i < word.length - 1; i++) {
    const c = word[i]!;
    if (!isSyl(c)) return null;
    const { l, v, t } = parts(c);
    if (v !== V_YEO) continue;
    const stem = word.slice(0, i) + compose(l, V_YEO, 0);
    // 켰다 → 켜었다: the -었- form spelt out.
    if (t === T_SSANGSIOT) return [`${stem}었${word.slice(i + 1)}`];
    // 켜져 → 켜다 and 져: the verb and a form of 지다 (지, 져, 졌, 진, 질, 집, 짐 first).
    if (t === 0 && /^[지져졌진질집짐]/.test(word.slice(i + 1))) return [`${stem}다`, word.slice(i + 1)];
  }
  return null;
}

/** Whether the word is one of the forms above, built on words of the dictionary. `spell` answers contractionQueries. */
export function isContraction(word: string, spell: (s: string) => boolean): boolean {
  const teo = teoForm(word);
  if (teo !== null && spell(teo)) return true;
  const chanh = chanhForms(word);
  if (chanh !== null && spell(chanh.adjective) && chanh.endings.some(spell)) return true;
  const yeo = yeoForms(word);
  if (yeo !== null && yeo.every(spell)) return true;
  // The -아/-어 form with -서 is a word and no known misspelling (되서 is 돼서 misspelt); the auxiliary's
  // form no noun (태두리 is no 태 + 두리: 두리를).
  return auxiliarySplits(word).some(
    ([main, aux]) => spell(`${main}서`) && commonMisspelling(`${main}서`) === null && spell(aux) && !objectForms(aux).some(spell),
  );
}

/** The dictionary answers isContraction needs. */
export function contractionQueries(word: string): string[] {
  const teo = teoForm(word);
  const chanh = chanhForms(word);
  const chi = chiRoot(word);
  return [
    ...(chi === null ? [] : [`${chi}하다`, `${chi}치`]),
    ...(teo === null ? [] : [teo]),
    ...(yeoForms(word) ?? []),
    ...(chanh === null ? [] : [chanh.adjective, ...chanh.endings]),
    ...auxiliarySplits(word).flatMap(([main, aux]) => [`${main}서`, aux, ...objectForms(aux)]),
  ];
}
