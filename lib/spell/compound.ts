// The dictionary verdict on one word, which depends on the word alone (so it is cached per word):
// Hunspell's own answer, else a split into nouns. Korean writes compounds of nouns without spaces
// (연합군사훈련이, 남북공동연락사무소의, 경제협력을), which the dictionary lists only in part. A split
// is accepted when it has two parts or more, every part is a noun of two or more syllables (the
// dictionary accepts it with 을/를) or one of a few one-syllable Sino-Korean prefixes and suffixes
// (초고압, 온열질환자, 쪽방촌), and what follows the last part is what may follow a noun (particles,
// 하다/되다 endings: the dictionary accepts 공부 + it; or the particles of filters.ts). So 몇일 (몇 + 일), 꼼꼼이 (one part + 이)
// and 하마트면 (트면 is no noun) stay misspellings.
import { columnAmountQueries } from './column-amount';
import { reuPastQueries } from './reu-irregular';
import { ttarataQueries } from './ttarata';
import { confusionCandidates, strongConfusions } from './confusions';
import { coordinateCompoundQueries, isCoordinateCompound } from './coordinate-compounds';
import { initialSoundQueries, initialSoundRival } from './initial-sound';
import { institutionQueries, isInstitutionName } from './institutions';
import { irregularStemQueries } from './irregular-stems';
import { STANDARD_LOANWORDS } from './loanwords.data';
import { normWord, normWordQueries, suffixRivalQueries } from './norm-forms';
import { objectForms, probeFor } from './noun-probes';
import { NOT_ONE_SYLLABLE_PART, nounSplit, oneSyllableCompound } from './noun-split';
import { wholeRival as soundRival, wholeRivalQueries } from './sound-rivals';
import { saiSiotHeadQueries } from './sai-siot-heads';
import { isShortCompound, shortCompoundQueries } from './short-compounds';
import { isSlipWord, slipQueries, slipRival } from './slip-rivals';
import { isWiCompound, spokenFormQueries } from './spoken-forms';
import { isVerbForm, stemQueries } from './verb-stems';
import { isMimeticVerb, mimeticVerbQueries } from './mimetic-verbs';
import { approxNounQueries, isApproxNoun } from './counters';
import { isDependentNounTail } from './dependent-nouns';
import { isProducePrefixed } from './produce-prefixes';
import { isSeasonCompound } from './season-nouns';
import { COPULA, isCurrency, isNativeNumeral, isPerCounter, isQuestionClause, JJEOK, NATIVE_PREFIXES, nounTail } from './word-shapes';

// The parts' own exports, importable from here as before the split.
export { institutionParts, isInstitutionName } from './institutions';
export { takesNounEnding } from './noun-probes';
export { shortLastSplit } from './noun-split';

/**
 * The word of the dictionary a refused word is a misspelling of as a whole, however it splits: one
 * vowel or final heard alike away from a four-syllable noun (sound-rivals.ts: 임기웅변 → 임기응변), or
 * a slip of one syllable (slip-rivals.ts: 사면초과 → 사면초가, 명예회손 → 명예훼손, 훌터 → 훑어,
 * 아니였다 → 아니었다). Null when none.
 */
export function wholeRival(word: string, spell: (s: string) => boolean): string | null {
  return soundRival(word, spell) ?? slipRival(word, spell);
}
export { stemQueries } from './verb-stems';

/** Longest word the compound search looks into (longer runs are pasted junk, not words). */
const MAX_SPLIT = 16;

// A form of 되다 (되고, 돼, 됐다, 된, 될, 됨, 되지는), not 되 alone (a measure, or a stem cut short).
const passiveTail = (tail: string) => tail.length >= 1 && /^[되돼됐된될됨]/.test(tail) && tail !== '되';

/**
 * A noun of the dictionary and a form of 되다 written solid (계류돼, 면책되지는, 처리됐다): the passive
 * of a 하다 noun, which the dictionary conjugates for few nouns and few endings. The form must be one
 * the dictionary accepts alone (되지는, 돼); misspelt forms of 되다 (되요, 됬다) are the rules' before
 * this is asked.
 */
function isPassiveOfNoun(word: string, spell: (s: string) => boolean): boolean {
  for (let i = 2; i < word.length; i++) {
    const tail = word.slice(i);
    if (passiveTail(tail) && spell(tail) && objectForms(word.slice(0, i)).some(spell)) return true;
  }
  return false;
}

/**
 * A noun of action (the dictionary has its 하다 verb) and a form of 받다 written solid: the suffix -받다
 * of the passive (표준국어대사전 '-받다': 교육받다, 인정받다; 적용받지, 지원받은), which the dictionary lists
 * for few nouns. The form of 받다 must be one the dictionary accepts alone (받지, 받은, 받아).
 */
function isBatdaOfNoun(word: string, spell: (s: string) => boolean): boolean {
  for (let i = 2; i < word.length; i++) {
    const tail = word.slice(i);
    // Not a noun in 받- (받침): 지지받침 is no passive.
    if (
      tail[0] === '받' &&
      tail.length >= 2 &&
      spell(tail) &&
      !objectForms(tail).some(spell) &&
      spell(`${word.slice(0, i)}하다`) &&
      objectForms(word.slice(0, i)).some(spell)
    )
      return true;
  }
  return false;
}

// One-syllable Sino-Korean suffixes a loanword noun takes (파우치형, 뷔페식, 스마트폰용, 브랜드별).
const LOAN_SUFFIXES = new Set(['형', '식', '용', '제', '화', '성', '적', '별', '급', '권', '비', '료', '층', '족', '업', '계']);

/** A standard loanword form of two syllables or more, one such suffix, then particles (파우치형을, 스마트폰용). */
function loanwordSuffixed(word: string): boolean {
  for (let i = 2; i < word.length; i++)
    if (LOAN_SUFFIXES.has(word[i]!) && STANDARD_LOANWORDS.has(word.slice(0, i)) && nounTail(word.slice(i + 1))) return true;
  return false;
}

/** The strings whose dictionary answers judgeWord needs beyond the word itself. */
export function compoundQueries(word: string): string[] {
  if (word.length > MAX_SPLIT || word.length < 2) return [];
  const out: string[] = [
    ...stemQueries(word),
    ...institutionQueries(word),
    ...normWordQueries(word),
    ...suffixRivalQueries(word),
    ...spokenFormQueries(word),
    ...irregularStemQueries(word),
    ...initialSoundQueries(word),
    ...coordinateCompoundQueries(word),
    // Asked with the compound's parts: a slip of one syllable (명예회손, 사면초과) is judged before the
    // compound rules would split it (verdict.ts, slip-rivals.ts).
    ...slipQueries(word),
    ...shortCompoundQueries(word),
    // Asked with the compound's parts, as the verdict's rules before the split need them (verdict.ts).
    ...saiSiotHeadQueries(word),
    ...columnAmountQueries(word),
    ...reuPastQueries(word),
    ...ttarataQueries(word),
    ...mimeticVerbQueries(word),
    ...approxNounQueries(word),
  ];
  out.push(...wholeRivalQueries(word));
  for (let i = 4; i <= word.length; i++) out.push(`${word.slice(0, i)}하다`);
  for (let i = 2; i < word.length; i++) if (passiveTail(word.slice(i))) out.push(word.slice(i));
  for (let i = 2; i < word.length; i++)
    if (word[i] === '받') out.push(word.slice(i), ...objectForms(word.slice(i)), `${word.slice(0, i)}하다`);
  if (NATIVE_PREFIXES.has(word[0]!)) out.push(...objectForms(word[1]!));
  if (word[1] === '들') out.push(`${word[0]}들다`);
  if (word.length < 3) return out;
  // For a one-syllable noun first (oneSyllableCompound).
  out.push(...confusionCandidates(word));
  for (let i = 2; i < word.length; i++) out.push(word.slice(0, i));
  for (let i = 0; i < word.length; i++) {
    for (let j = i + 1; j <= word.length; j++) if (j - i < word.length) out.push(...objectForms(word.slice(i, j)));
    if (i >= 2) out.push(probeFor(word[i - 1]!) + word.slice(i));
  }
  return out;
}

/**
 * Whether the word is spelt right: the dictionary accepts it, or it splits into nouns as above.
 * `spell` answers for the word and for every string of compoundQueries(word).
 */
export function judgeWord(word: string, spell: (s: string) => boolean): boolean {
  if (spell(word)) return true;
  // A verb form the dictionary lists in part (계십시오, 어쨌거나), before its confusions (개십시오).
  if (isSlipWord(word, spell)) return true;
  const n = word.length;
  if (n > MAX_SPLIT || n < 2) return false;
  // A word the dictionary lacks that is one style-guide confusion away from a word it has (계시판 →
  // 게시판, 등교길 → 등굣길) is that word misspelt, however it splits or inflects (존대말 is no
  // 존대마다 with its ㄹ dropped).
  if (n >= 3 && strongConfusions(word).some(spell)) return false;
  // The initial-sound law left out at the start of a word or of a compound's part (년말, 회계년도).
  if (initialSoundRival(word, spell) !== null) return false;
  if (wholeRival(word, spell) !== null) return false;
  if (isVerbForm(word, spell)) return true;
  // A listed mimetic made a verb with -거리다/-대다 (깍깍거리며): mimetic-verbs.ts.
  if (isMimeticVerb(word, spell)) return true;
  if (isPassiveOfNoun(word, spell) || isBatdaOfNoun(word, spell)) return true;
  if (isNativeNumeral(word) || isCurrency(word) || JJEOK.test(word)) return true;
  // The root of a 하다 adjective of four syllables or more, with particles (휘황찬란, 애매모호를):
  // written alone as a noun; the dictionary lists the adjective.
  for (let i = 4; i <= n; i++) if (nounTail(word.slice(i)) && spell(`${word.slice(0, i)}하다`)) return true;
  // A native prefix and a noun (잔불, 잔돈을, 헛발, 옛소련의): the prefix is no noun to test.
  if (NATIVE_PREFIXES.has(word[0]!) && !NOT_ONE_SYLLABLE_PART.has(word[1]!) && objectForms(word[1]!).some(spell) && nounTail(word.slice(2)))
    return true;
  if (NATIVE_PREFIXES.has(word[0]!))
    for (let j = 3; j <= n; j++) if (objectForms(word.slice(1, j)).some(spell) && nounTail(word.slice(j))) return true;
  if (isPerCounter(word)) return true;
  // 위 before a noun in an aspirated or tense consonant (위턱, 위층에: 표준어 규정 제12항 다만 1).
  if (isWiCompound(word, spell)) return true;
  if (isInstitutionName(word, spell)) return true;
  // A form by one of the norms' rules (수평아리, 의젓이, 갈빗집: norm-forms.ts).
  if (normWord(word, spell)) return true;
  // A dependent noun and particles (것뿐, 수뿐): dependent-nouns.ts; 지난 and a season (지난겨울):
  // 된- and weather (된바람이): season-nouns.ts; 물-/마른- before produce (물김, 마른김으로): produce-prefixes.ts.
  if (isDependentNounTail(word) || isSeasonCompound(word) || isProducePrefixed(word)) return true;
  // A noun with -쯤/-가량 and particles (반쯤, 중간쯤에, 절반가량이): counters.ts.
  if (isApproxNoun(word, spell)) return true;
  if (n < 3) return false;
  const noun = (s: string) => objectForms(s).some(spell);
  // A one-syllable noun with the plural 들 and particles (차들이, 배들을, 꽃들도): the dictionary lists few.
  // Not where the two syllables are a verb's stem (힘들다, 만들다: 힘들은 is 힘든 misspelt).
  if (word[1] === '들' && noun(word[0]!) && nounTail(word.slice(2)) && !spell(`${word[0]}들다`)) return true;
  if (nounSplit(word, noun, spell)) return true;
  if (loanwordSuffixed(word)) return true;
  if (oneSyllableCompound(word, noun, spell)) return true;
  // Two one-syllable nouns, the first consonant-final, no slip from a word (떡집과, 겉잎을): short-compounds.ts.
  if (isShortCompound(word, spell)) return true;
  // Two nouns sharing a syllable, written once (충방전 ← 충전, 방전): coordinate-compounds.ts.
  if (isCoordinateCompound(word, spell)) return true;
  // A word of the dictionary (not inflected there as a noun) with particles: 누군가는, 교수님이.
  for (let i = 2; i < n; i++) {
    const tail = word.slice(i);
    if (tail !== '이' && tail !== '히' && nounTail(tail) && spell(word.slice(0, i))) return true;
    // A question clause the dictionary accepts, with the copula or a particle (유지하느냐입니다,
    // 있느냐다, 갈지가): the clause is a noun phrase, so its tail may end in 다 as a copula.
    if (isQuestionClause(word.slice(0, i)) && (COPULA.has(tail) || nounTail(tail)) && spell(word.slice(0, i))) return true;
  }
  return false;
}
