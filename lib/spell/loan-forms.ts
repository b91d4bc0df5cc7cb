// Loanword spellings by consonants and syllables the 외래어 표기법 (문화체육관광부 고시) fixes, for the
// suggestions of a word the dictionary refuses (vowels are norm-forms.ts's loanVowelCandidates):
// - [f] is ㅍ (제3장 제1절 제5항 … 표 1: 파일, 피날레, 패밀리), not ㅎ with a w-glide (화일, 휘날레, 훼밀리);
// - ㅈ ㅊ take no ㅑ or ㅠ, nor ㅊ a ㅛ (제3장 제1절 제3항 2: 주스, 시추에이션, 초콜릿): a form by rule,
//   offered even when the dictionary lacks it (no Korean word has 쥬, 츄, 챠, 쟈, 쵸);
// - the diphthong [oʊ] is 오 (제3장 제1절 제8항: 윈도, 옐로, 스노), not 오우;
// - a name whose r the language sounds keeps it as 르 (싱가포르, 카타르): a final ㄹ for 르.
import { isSyl, parts, compose, L_HIEUH, L_PIEUP_ASP, T_RIEUL } from './syllables';

// ㅘ → ㅏ, ㅙ → ㅐ, ㅚ → ㅔ, ㅝ → ㅓ, ㅞ → ㅔ ㅐ, ㅟ → ㅣ, ㅜ → ㅡ ㅜ (화 → 파, 휘 → 피, 후 → 프 or 푸).
export const F_VOWELS: Record<number, number[]> = { 9: [0], 10: [1], 11: [5], 14: [4], 15: [5, 1], 16: [20], 13: [18, 13] };
// ㅈ (12) and ㅉ (13) before ㅑ (2), ㅠ (17); ㅊ (14) before ㅑ, ㅛ (12), ㅠ: to ㅏ, ㅗ, ㅜ.
const PLAIN_OF: Record<number, number> = { 2: 0, 12: 8, 17: 13 };
const Y_AFTER: Record<number, number[]> = { 12: [2, 17], 13: [2, 17], 14: [2, 12, 17] };

function replaceAt(word: string, i: number, syl: string): string {
  return word.slice(0, i) + syl + word.slice(i + 1);
}

/** Candidates the dictionary decides: ㅎ + glide for [f], 오우 for [oʊ], a final ㄹ for 르. */
export function loanConsonantCandidates(word: string): string[] {
  if (word.length < 2 || word.length > 10 || ![...word].every(isSyl)) return [];
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    const { l, v, t } = parts(word[i]!);
    if (l === L_HIEUH) for (const v2 of F_VOWELS[v] ?? []) out.add(replaceAt(word, i, compose(L_PIEUP_ASP, v2, t)));
    if (v === 8 && t === 0 && word[i + 1] === '우') out.add(word.slice(0, i + 1) + word.slice(i + 2));
  }
  const last = parts(word.at(-1)!);
  if (last.t === T_RIEUL) out.add(`${word.slice(0, -1)}${compose(last.l, last.v, 0)}르`);
  for (const c of clusterForms(word)) out.add(c);
  out.delete(word);
  return [...out];
}

// 프 트 크 (ㅍ ㅌ ㅋ + ㅡ) and the final they become: ㅂ, ㅅ, ㄱ.
const CLUSTER_FINAL: Record<number, number> = { 17: 17, 16: 19, 15: 1 };

/**
 * A voiceless stop after a short vowel and before a consonant is a final, not a syllable of ㅡ (외래어
 * 표기법 제3장 제1절 제1항: 냅킨, 캣맨, 액트): 내프킨 → 냅킨, 라크트 → 락트 — the syllable of ㅡ after a syllable
 * without a final, itself before a consonant, written as that syllable's final.
 */
export function clusterForms(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < word.length - 1; i++) {
    const { l, v, t } = parts(word[i]!);
    const prev = parts(word[i - 1]!);
    const next = parts(word[i + 1]!);
    if (v !== 18 || t !== 0 || CLUSTER_FINAL[l] === undefined || prev.t !== 0 || next.l === 11) continue;
    out.push(word.slice(0, i - 1) + compose(prev.l, prev.v, CLUSTER_FINAL[l]!) + word.slice(i + 1));
  }
  return out;
}

/** The word with ㅈ ㅊ + ㅑ ㅠ (ㅊ + ㅛ) written plain (시츄에이션 → 시추에이션), or null: a form by rule. */
export function affricateForm(word: string): string | null {
  let changed = false;
  const out = [...word].map((c) => {
    if (!isSyl(c)) return c;
    const { l, v, t } = parts(c);
    if (!(Y_AFTER[l] ?? []).includes(v)) return c;
    changed = true;
    return compose(l, PLAIN_OF[v]!, t);
  });
  return changed ? out.join('') : null;
}

/**
 * [ʃ] is written 시 at the end of a word and 슈 before a consonant, 샤 섀 셔 셰 쇼 슈 시 before a vowel
 * (외래어 표기법 제3장 제1절 제3항 1: 플래시, 브러시, 잉글리시, 피시): never 쉬, which a loanword written
 * as heard often has (피쉬, 캐쉬, 대쉬보드). The word with every 쉬 after its first syllable as 시, for
 * a word the dictionary refuses (a native word with 쉬 — 쉬다, 아쉬움 — is one it lists).
 */
export function shiForm(word: string): string | null {
  if (word.length < 2 || word.indexOf('쉬', 1) < 0) return null;
  return word[0] + word.slice(1).replaceAll('쉬', '시');
}

/** shiForm's form when the dictionary lists it (피쉬 → 피시, 피쉬를 → 피시를), else null. */
export function shiRival(word: string, spell: (s: string) => boolean): string | null {
  const form = shiForm(word);
  return form !== null && spell(form) ? form : null;
}

/**
 * ㅈ + ㅠ as ㅈ + ㅟ (쥬라기 → 쥐라기, 쥬시 → 쥐시: French [ʒy] and German [y] are written ㅟ, 외래어 표기법
 * 제3장 제2절 표 and 제3절), for the dictionary to decide before affricateForm's 주, a form by rule.
 */
export function juWiForms(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (!isSyl(c)) continue;
    const { l, v, t } = parts(c);
    if ((l === 12 || l === 14) && v === 17) out.push(word.slice(0, i) + compose(l, 16, t) + word.slice(i + 1));
  }
  return out;
}
