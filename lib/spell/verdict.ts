// The verdict on one word from a synchronous dictionary (the Hunspell worker answers in batches;
// this is the same logic for a caller that holds the dictionary itself: the worker, the benchmark).
import { columnAmountRival, isColumnAmount } from './column-amount';
import { isReuPast } from './reu-irregular';
import { isTtarata, ttarataRival } from './ttarata';
import { commonMisspelling } from './common-errors';
import { compoundQueries, judgeWord, shortLastSplit, wholeRival } from './compound';
import { confusionCandidates, loanwordCandidates, strongConfusions } from './confusions';
import { attestedPairQueries, isAttestedPairSuffix } from './attested-pairs';
import { haeRival } from './hae-prefix';
import { chiRival, contractionQueries, isContraction } from './contractions';
import { isStretchedMimetic, stretchedMimeticQueries } from './mimetic-stretch';
import { derivedNounQueries, isDerivedNoun } from './derived-nouns';
import { doubleFinalCandidates } from './double-finals';
import { daeDeRival, endingQueries, endingRival, gumanRival, isRegularEnding } from './endings';
import { giCompoundQueries, isGiCompound, ppaegiRival } from './gi-compounds';
import { initialSoundRival, yeolYulRival } from './initial-sound';
import { intentYaQueries, intentYaRival, isIntentYa } from './intent-endings';
import { irregularStemRival } from './irregular-stems';
import {
  lexiconCompound,
  lexiconNoun,
  lexiconRivals,
  lexiconSuffixed,
  lexiconVerbNoun,
  listedParts,
  pairRivals,
  sinoPair,
  sinoPairQueries,
} from './lexicon';
import { affricateForm, juWiForms, loanConsonantCandidates, shiForm, shiRival } from './loan-forms';
import { isLoanwordVerb, isStandardLoanword, loanwordRival, loanwordVerbQueries, ouLoanwordRival } from './loanwords';
import { tableCorrection } from './misspelling-table';
import { saiSiotHeadRival } from './sai-siot-heads';
import { kkunRival, kkunRivalQueries } from './kkun-suffix';
import { oneJamoVariants } from './short-compounds';
import { verbSlipQueries, verbSlipRival } from './verb-slips';
import { isNativeSaiSiot, nativeSaiSiotQueries } from './native-sai-siot';
import { nounFormMeansQueries, nounFormMeansRival } from './noun-form-means';
import {
  aspiratedRival,
  loanVowelCandidates,
  normCandidateQueries,
  normCandidates,
  normWord,
  saiSiotCompound,
  sheForm,
  suffixRival,
  sutRival,
} from './norm-forms';
import { emphaticGe, saiSiotRival, spokenFormMisspelling } from './spoken-forms';
import type { WordVerdict } from './types';

export interface SyncDictionary {
  spell(word: string): boolean;
  suggest(word: string): string[];
}

export const MAX_SUGGESTIONS = 3;

/** Cleans Hunspell's suggestions: distinct, not the word itself, at most three. */
export function pickSuggestions(word: string, raw: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of raw) if (s !== word && s.trim() !== '' && !out.includes(s) && out.length < MAX_SUGGESTIONS) out.push(s);
  return out;
}

export function verdictFor(word: string, dict: SyncDictionary, options: { lexicon?: boolean } = {}): WordVerdict {
  const memo = new Map<string, boolean>();
  const spell = (s: string) => {
    let v = memo.get(s);
    if (v === undefined) memo.set(s, (v = dict.spell(s)));
    return v;
  };
  // The curated table first, then the rules on endings and stems (both rank before Hunspell's).
  // The norms' suffixes (-꾼, -둥이, 갑) when the dictionary holds the right form: asked only of a word
  // it refuses, as a batching caller (the server) asks nothing more of a word it accepts.
  // Spoken forms (뭐에요, 하드라도) and a sai-siot the dictionary's form has (나무잎 → 나뭇잎): spoken-forms.ts;
  // irregular stems conjugated as regular ones (반가와, 멀은): irregular-stems.ts; a loanword misspelt
  // against the standard forms (카페라떼 → 카페라테, 데스크탑 → 데스크톱): loanwords.ts; -ㄹ래야 for
  // -(으)려야 (할래야 → 하려야): intent-endings.ts; 렬/률 after a vowel or ㄴ (나렬 → 나열): initial-sound.ts;
  // -배기 said [빼기] (얼룩배기 → 얼룩빼기): gi-compounds.ts; a verb's noun form with -으로서 (막음으로서 →
  // 막음으로써), asked of accepted words too: noun-form-means.ts; 쉬 in a loanword (피쉬 → 피시): loan-forms.ts.
  // The rules that need no dictionary, also asked of the form a regular ending is built on (되서야 → 돼서야: endings.ts).
  const knownFix = (w: string) => tableCorrection(w) ?? commonMisspelling(w) ?? spokenFormMisspelling(w);
  const fix =
    knownFix(word) ??
    endingRival(word, knownFix) ??
    (spell(word)
      ? (saiSiotRival(word, spell) ?? nounFormMeansRival(word, spell) ?? ouLoanwordRival(word) ?? kkunRival(word, spell))
      : (suffixRival(word, spell) ??
        aspiratedRival(word) ??
        sutRival(word) ??
        haeRival(word) ??
        saiSiotRival(word, spell) ??
        saiSiotHeadRival(word, spell) ??
        columnAmountRival(word, spell) ??
        ttarataRival(word, spell) ??
        irregularStemRival(word, spell) ??
        loanwordRival(word) ??
        gumanRival(word, spell) ??
        daeDeRival(word, spell) ??
        intentYaRival(word, spell) ??
        yeolYulRival(word, spell) ??
        ppaegiRival(word, spell) ??
        nounFormMeansRival(word, spell) ??
        shiRival(word, spell) ??
        verbSlipRival(word, spell) ??
        chiRival(word, spell)));
  if (fix) return { ok: false, suggestions: pickSuggestions(word, [fix, ...(spell(word) ? [] : dict.suggest(word))]), rival: true };
  // A standard loanword form the dictionary lacks, with its particles or 하다 (팔로워가, 베팅했다): loanwords.ts;
  // a noun and a native suffix (오징어잡이, 등대지기): derived-nouns.ts; a noun and a verb's -기 form
  // (채낚기): gi-compounds.ts; a native noun, a sai-siot and a
  // noun (나잇대, 갈빗집): native-sai-siot.ts; -(으)려야 where the dictionary has -(으)려고 (하려야):
  // intent-endings.ts; a regular ending on a listed form
  // (돼서야, 그렇구먼): endings.ts; 텐데요, 흔찮은, 해줄게 (contractions.ts).
  if (
    judgeWord(word, spell) ||
    emphaticGe(word, spell) ||
    isStandardLoanword(word) ||
    isLoanwordVerb(word, spell) ||
    isDerivedNoun(word, spell) ||
    isGiCompound(word, spell) ||
    isNativeSaiSiot(word, spell) ||
    isIntentYa(word, spell) ||
    isRegularEnding(word, spell, knownFix) ||
    isColumnAmount(word, spell) ||
    isReuPast(word, spell) ||
    isTtarata(word, spell) ||
    isContraction(word, spell) ||
    isStretchedMimetic(word, spell)
  )
    return { ok: true, suggestions: [] };
  // A four-syllable noun the word is a split of by chance (임기웅변 → 임기응변) or the word with the
  // initial-sound law applied (년말 → 연말, 실락원 → 실낙원) goes first.
  const rival = wholeRival(word, spell) ?? initialSoundRival(word, spell);
  const confused = [...(rival ? [rival] : []), ...confusionCandidates(word).filter((c) => dict.spell(c))];
  // Two-vowel loanword spellings after Hunspell's first three (which usually hold the right form).
  const loans = loanwordCandidates(word).filter((c) => dict.spell(c));
  // Also a split the dictionary's parts allow but a confusion refused (메뉴얼 → 매뉴얼): that word misspelt.
  const misspelt =
    rival !== null || (word.length >= 3 && strongConfusions(word).some(spell)) || (confused.length > 0 && shortLastSplit(word, spell));
  // A Sino-Korean noun of the larger lexicon (동맥혈, 야포의), unless the word is a known misspelling, a
  // loanword misspelt, or one style-guide confusion from a word of the dictionary (폐염 → 폐렴).
  if (!misspelt && loans.length === 0 && options.lexicon !== false) {
    // A listed noun and a one-syllable suffix (차륜형) only with no confusion of the word or of its first
    // pair a word of the dictionary: 부주금 is 부조금 misspelt, though 부주 is listed and 금 a suffix.
    const suffixed = lexiconSuffixed(word);
    // Nor one letter from a word of the dictionary (연연생 is 연년생 misspelt).
    const plainSuffixed =
      suffixed !== null &&
      confused.length === 0 &&
      !pairRivals(word.slice(0, 2)).some((r) => spell(r) || spell(r + word.slice(2))) &&
      !suffixedVariants(word).some(spell);
    const noun = lexiconNoun(word) ?? lexiconVerbNoun(word, spell) ?? (plainSuffixed ? suffixed : null);
    const parts = noun !== null ? [noun] : lexiconCompound(word, spell);
    if (parts !== null && !parts.some((p) => lexiconRivals(p).some(spell))) return { ok: true, suggestions: [] };
    // A two-syllable Sino-Korean word the lexicon lacks (입거, 선령, 북항), unless one confusion of the
    // Sino-Korean vocabulary away from a word of the dictionary (pairRivals: 삼춘 → 삼촌, 회손 → 훼손).
    const pair = parts === null ? sinoPair(word, spell) : null;
    if (pair !== null && !pairRivals(pair).some((r) => spell(r) || spell(r + word.slice(2)))) return { ok: true, suggestions: [] };
    // A pair the dictionary lists with another Sino-Korean suffix, with this one (종량세 beside 종량제).
    if (parts === null && confused.length === 0 && isAttestedPairSuffix(word, spell)) return { ok: true, suggestions: [] };
  }
  const hunspell = withRoots(word, dict.suggest(word));
  // Forms by the norms' rules first (수평아리, 코빼기, 의젓이, 갈빗집), when the dictionary knows them
  // or a rule makes them correct; then the style-guide confusions; loanword vowels the dictionary
  // knows, 셰 for 쉐 and 주 for 쥬 by rule, and the loanword consonants the dictionary knows before
  // Hunspell's own (데이터, 재킷, 셰프, 시추에이션, 피날레, 쇼윈도, 싱가포르: loan-forms.ts).
  const known = (c: string) => spell(c) || normWord(c, spell) || saiSiotCompound(c, spell);
  const loanVowels = loanVowelCandidates(word);
  const ruled = normCandidates(word).filter((c) => !loanVowels.includes(c) && known(c));
  const she = sheForm(word);
  const affricate = affricateForm(word);
  const loanOne = [
    ...(she ? [she] : []),
    ...juWiForms(word).filter(spell),
    // The affricate's form with a loanword vowel the dictionary knows first (쟈켓 → 자켓 → 재킷).
    ...(affricate ? [...loanVowelCandidates(affricate).filter(spell), affricate] : []),
    // A loanword root the dictionary lists only with 하다 (로맨틱하다, 다이내믹하다): the root.
    ...loanVowels.filter((c) => spell(c) || spell(`${c}하다`)),
    ...loanConsonantCandidates(word).filter(spell),
    // A double final written single (훝다 → 훑다): double-finals.ts.
    ...doubleFinalCandidates(word).filter(spell),
  ];
  // A whole word the refused word misspells (사면초과 → 사면초가, 아비귀환 → 아비규환, 년말 → 연말) goes
  // before the norms' forms, which a split word also makes (아빗귀환 from 아비 + 귀환).
  const suggestions = pickSuggestions(word, [
    ...(rival ? [rival] : []),
    ...ruled,
    ...confused,
    ...loanOne,
    ...hunspell.slice(0, 3),
    ...loans,
    ...hunspell.slice(3),
  ]);
  const heads = nounHeads(word, spell);
  const out: WordVerdict = heads.length ? { ok: false, suggestions, heads } : { ok: false, suggestions };
  if (misspelt) out.rival = true;
  if (loans.length > 0) out.loanRival = true;
  return out;
}

/** The word with one letter of its listed noun changed, when it is a listed noun and a suffix (연연생 → 연년생). */
function suffixedVariants(word: string): string[] {
  const stem = lexiconSuffixed(word);
  return stem === null ? [] : oneJamoVariants(stem).map((v) => v + word.slice(stem.length));
}

/**
 * Lengths of the leading nouns of two syllables or more (the dictionary takes them with 을/를) that
 * leave two syllables or more: a Korean noun before a loanword or a foreign name (구호 + 키트, 세계 +
 * 스카우트잼버리). compoundQueries asks for these forms.
 */
export function nounHeads(word: string, spell: (s: string) => boolean): number[] {
  const out: number[] = [];
  for (let i = 2; i <= word.length - 2; i++) if ([`${word.slice(0, i)}을`, `${word.slice(0, i)}를`].some(spell)) out.push(i);
  return out;
}

/**
 * Hunspell suggests a 하다 adjective's form for a misspelt root (휘양찬란 → 휘황찬란한, 해괴망칙 →
 * 해괴망측하다, 다이나믹 → 다이내믹하다): the root, as long as the word, goes first (휘황찬란, 다이내믹).
 */
export function withRoots(word: string, suggestions: readonly string[]): string[] {
  return suggestions.flatMap((s) => {
    if (word.length < 4) return [s];
    if (s.length === word.length + 1 && s.endsWith('한') && !word.endsWith('한')) return [s.slice(0, -1), s];
    if (s.length === word.length + 2 && s.endsWith('하다') && !word.endsWith('하')) return [s.slice(0, -2), s];
    return [s];
  });
}

/**
 * The words the verdict may ask about the listed nouns inside a word (their confusions, lexiconRivals),
 * beyond compoundQueries and the confusion and loanword candidates: for a batching caller.
 */
export function lexiconQueries(word: string): string[] {
  return [
    ...new Set([
      ...listedParts(word).flatMap(lexiconRivals),
      ...sinoPairQueries(word),
      ...normCandidateQueries(word),
      ...loanConsonantCandidates(word),
      ...doubleFinalCandidates(word),
      ...endingQueries(word),
      ...loanwordVerbQueries(word),
      ...derivedNounQueries(word),
      ...giCompoundQueries(word),
      ...nounFormMeansQueries(word),
      ...loanVowelCandidates(word).map((c) => `${c}하다`),
      ...[shiForm(word)].filter((f): f is string => f !== null),
      ...juWiForms(word),
      ...[affricateForm(word)].flatMap((f) => (f === null ? [] : loanVowelCandidates(f))),
      ...nativeSaiSiotQueries(word),
      ...suffixedVariants(word),
      ...intentYaQueries(word),
      ...verbSlipQueries(word),
      ...contractionQueries(word),
      ...stretchedMimeticQueries(word),
      ...attestedPairQueries(word),
      ...kkunRivalQueries(word),
    ]),
  ];
}

export { compoundQueries };
