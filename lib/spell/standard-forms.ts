// Forms the 표준어 규정 (문교부 고시 제88-2호, 제1부 제2–3장) names as not standard, each beside the form
// it keeps, written for the spelling check (#22) from the regulation's articles, not from any evaluation
// list (the pairs of those lists are left out: they measure generalisation). Only forms that are no
// other word of the language: 보통이 (보통 + 이), 남비 (濫費), 주초 (週初), 상치 (相馳), 허위적 (虛僞的),
// 천정 (天頂), 바래다 (fade), 안해 (안 해) and 서령 (a given name) are left out, as is a form that begins other words (꽁치).
// - nouns and adverbs: the word alone or with particles (네째는 → 넷째는, 여늬 → 여느);
// - stems: the form at the start of a word with an ending after it (더뿌룩한 → 더부룩한, 망그뜨려서 → 망가뜨려서);
// - endings: at the end of a word (-지만서도 → -지만).
import { isParticleTail } from './particles';

// [not standard, standard] (article).
const NOUNS: readonly (readonly [string, string])[] = [
  ['네째', '넷째'], // 제6항
  ['발가송이', '발가숭이'], // 제8항 (모음 조화)
  ['뻗장다리', '뻗정다리'],
  ['여늬', '여느'], // 제10항 (모음 단순화)
  ['허위대', '허우대'],
  ['호루루기', '호루라기'], // 제11항
  ['새앙쥐', '생쥐'], // 제14항 (준말)
  ['소리개', '솔개'],
  ['장삿아치', '장사치'],
  ['마구잽이', '마구잡이'], // 제15항
  ['귀엣고리', '귀고리'], // 제17항 (단수 표준어)
  ['귀틤', '귀띔'],
  ['귀에지', '귀지'],
  ['며루치', '멸치'],
  ['메리치', '멸치'],
  ['뽄새', '본새'],
  ['뺌따귀', '뺨따귀'],
  ['쌍판대기', '상판대기'],
  ['시늠시늠', '시름시름'],
  ['아궁지', '아궁이'],
  ['오금탱이', '오금팽이'],
  ['우두머니', '우두커니'],
  ['잠투세', '잠투정'],
  ['자봉틀', '재봉틀'],
  ['짚북세기', '짚북데기'],
  ['코맹녕이', '코맹맹이'],
  ['광우리', '광주리'], // 제25항
  ['부스럭지', '부스러기'],
  ['부지팽이', '부지깽이'],
  ['담배꽁치', '담배꽁초'],
  ['손구루마', '손수레'],
  ['빙충맞이', '빙충이'],
];

// Stems (and a past form where the vowel changes), at the start of a word with an ending after it.
const STEMS: readonly (readonly [string, string])[] = [
  ['동당이치', '동댕이치'], // 제9항
  ['동당이쳐', '동댕이쳐'],
  ['동당이쳤', '동댕이쳤'],
  ['내흉스러', '내숭스러'], // 제17항
  ['내흉스럽', '내숭스럽'],
  ['망그뜨리', '망가뜨리'],
  ['망그뜨려', '망가뜨려'],
  ['망그뜨렸', '망가뜨렸'],
  ['더뿌룩', '더부룩'], // 제17항
  ['공골차', '옹골차'],
];

const ENDINGS: readonly (readonly [string, string])[] = [
  ['지만서도', '지만'], // 제25항
];

const NOUN_MAP = new Map(NOUNS);

/** The standard form of a word written in a form the 표준어 규정 names as not standard, or null. */
export function standardForm(word: string): string | null {
  for (let i = word.length; i >= 2; i--) {
    const fix = NOUN_MAP.get(word.slice(0, i));
    if (fix !== undefined && isParticleTail(word.slice(i))) return fix + word.slice(i);
  }
  for (const [wrong, right] of STEMS) if (word.length > wrong.length && word.startsWith(wrong)) return right + word.slice(wrong.length);
  for (const [wrong, right] of ENDINGS) if (word.length > wrong.length && word.endsWith(wrong)) return word.slice(0, -wrong.length) + right;
  return null;
}

/** The pairs, for tests. */
export const STANDARD_FORM_PAIRS: readonly (readonly [string, string])[] = [...NOUNS, ...STEMS, ...ENDINGS];
