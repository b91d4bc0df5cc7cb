// Splits of a word into nouns (연합군사훈련이, 온열질환자, 관련주를): nouns of two syllables or more,
// a few one-syllable Sino-Korean prefixes and suffixes, and one-syllable nouns beside a longer one.
import { confusionCandidates } from './confusions';
import { hasFinal, objectForms, probeFor } from './noun-probes';
import { nounTail } from './word-shapes';

const PREFIXES = new Set([
  '초',
  '반',
  '비',
  '재',
  '신',
  '구',
  '총',
  '탈',
  '친',
  '무',
  '미',
  '불',
  '저',
  '최',
  '범',
  '각',
  '본',
  '현',
  '전',
  '주',
  '대',
  '소',
  '고',
  '준',
  '부',
  '역',
  '공',
  // News: nuclear, extreme (핵무력, 핵보유국, 극초음속).
  '핵',
  '극',
  // 원-(原) 「접사」 'original, of the first' (표준국어대사전: 원계약, 원저자; 원도심).
  '원',
]);
export const SUFFIXES = new Set([
  '적',
  '화',
  '성',
  '측',
  '권',
  '국',
  '론',
  '제',
  '법',
  '안',
  '책',
  '상',
  '하',
  '간',
  '내',
  '외',
  '별',
  '용',
  '형',
  '급',
  '시',
  '군',
  '도',
  '사',
  '원',
  '장',
  '청',
  '부',
  '처',
  '실',
  '소',
  '단',
  '대',
  '당',
  '비',
  '세',
  '료',
  '율',
  '률',
  '량',
  '액',
  '가',
  '자',
  '계',
  '촌',
  '층',
  '력',
  '감',
  '선',
  '관',
  '망',
  '난',
  '기',
  '식',
  '품',
  '물',
  '금',
  '점',
  '지',
  '회',
  '분',
  '생',
  '인',
  '직',
  '과',
  '학',
  '쪽',
  '발',
  '차',
  '산',
  '판',
  '업',
  '체',
  '팀',
  // -戰, a contest (수주전, 공방전, 선거전, 총력전).
  '전',
  '반',
  '들',
  '째',
  '짜리',
  '별',
  // -극(劇) 「접사」 'drama, play' (표준국어대사전: 가정극, 무용극, 풍자극; 범죄극, 사극).
  '극',
  // -열(列) 'a row, a queue' and -열(熱) 'a fever', written 열 after a vowel or ㄴ only (한글 맞춤법 제11항
  // 붙임 1: 대기열, 나열; 행렬 elsewhere): afterYeol.
  '열',
]);
// ㄴ's final index; 열 only after a vowel or ㄴ.
const afterYeol = (before: string | undefined) =>
  before !== undefined && !hasFinal(before) ? true : before !== undefined && (before.charCodeAt(0) - 0xac00) % 28 === 4;

// Initials ㄱ ㄷ ㅂ ㅅ ㅈ, which a sai-siot makes tense.
const PLAIN_INITIALS = new Set([0, 3, 7, 9, 12]);
const initialOf = (c: string) => Math.floor((c.charCodeAt(0) - 0xac00) / 588);
// Heads whose initial stays plain after a vowel, so no sai-siot is due (보리밭 [보리받], 배추밭,
// 모래밭, 포도밭; 텃밭 is the dictionary's own): the pair is no sai-siot question.
const PLAIN_HEADS = new Set(['밭']);
/** A vowel before a plain initial, where a sai-siot may be due (최댓값, 등굣길), save before PLAIN_HEADS. */
const saiSiotPlace = (a: string, b: string) => !hasFinal(a) && PLAIN_INITIALS.has(initialOf(b)) && !PLAIN_HEADS.has(b);

/**
 * The word splits into nouns of two syllables or more (at least one) and one-syllable Sino-Korean
 * prefixes (first) and suffixes (after a noun), then what may follow a noun. A word one of the style
 * guides' known corrections away from a dictionary word (strongConfusions, wholeRival) never gets here.
 */
export function nounSplit(word: string, noun: (s: string) => boolean, spell: (s: string) => boolean): boolean {
  const n = word.length;
  // parts[i]: most parts a split of word[0, i) can have with at least one real noun (0: none; -1: unreachable).
  const parts: number[] = new Array(n + 1).fill(-1);
  const real: boolean[] = new Array(n + 1).fill(false);
  parts[0] = 0;
  for (let i = 0; i < n; i++) {
    if (parts[i]! < 0) continue;
    const step = (j: number, isReal: boolean) => {
      const p = parts[i]! + 1;
      if (p > parts[j]! || (p === parts[j] && isReal)) {
        parts[j] = p;
        real[j] = real[i]! || isReal;
      }
    };
    const one = word[i]!;
    if ((i === 0 && PREFIXES.has(one)) || (real[i] && SUFFIXES.has(one) && (one !== '열' || afterYeol(word[i - 1])))) step(i + 1, false);
    for (let j = i + 2; j <= n; j++) if (j - i < n && noun(word.slice(i, j))) step(j, true);
  }
  for (let i = 2; i <= n; i++) {
    if (parts[i]! < 1 || !real[i]) continue;
    const tail = word.slice(i);
    // One noun alone needs a tail, and not 이/히 (꼼꼼이, 솔직이 are adverbs misspelt).
    if (parts[i] === 1 && (tail === '' || tail === '이' || tail === '히')) continue;
    if (tail === '' || nounTail(tail) || spell(probeFor(word[i - 1]!) + tail)) return true;
  }
  return false;
}

// The copula's forms in 이, after a noun ending in a consonant (곶감철이면, 사과철이라서).
const COPULA_I = new Set(['이다', '이면', '이라면', '이며', '이고', '이지만', '이라는', '이라고', '이라서', '이어서', '이었다', '입니다']);

// One-syllable nouns that are also particles or endings (꼼꼼 + 이, 솔직 + 히, 생각 + 지): never a part.
export const NOT_ONE_SYLLABLE_PART = new Set([
  '이',
  '히',
  '기',
  '지',
  '게',
  '고',
  '며',
  '면',
  '서',
  '요',
  '음',
  '임',
  '함',
  '됨',
  '다',
  '적',
]);

/**
 * The word splits into a noun of two syllables or more and a one-syllable noun, then particles (관련 +
 * 주를, 메뉴 + 얼): oneSyllableCompound's evidence before the confusions are asked.
 */
export function shortLastSplit(word: string, spell: (s: string) => boolean): boolean {
  const noun = (s: string) => objectForms(s).some(spell);
  const one = (c: string) => !NOT_ONE_SYLLABLE_PART.has(c) && noun(c);
  const long = (s: string) => !/[기이]$/.test(s) && noun(s);
  const saiSiot = saiSiotPlace;
  for (let i = 2; i < word.length; i++)
    if (!saiSiot(word[i - 1]!, word[i]!) && long(word.slice(0, i)) && one(word[i]!) && copulaOrParticles(word, i + 1)) return true;
  return false;
}

/** Particles from i on, or a copula form in 이 after a final consonant (곶감철이면). */
function copulaOrParticles(word: string, i: number): boolean {
  return nounTail(word.slice(i)) || (hasFinal(word[i - 1]!) && COPULA_I.has(word.slice(i)));
}

/**
 * A noun of two syllables or more and a noun of one, then particles (관련주를, 출생아의): Korean
 * writes such compounds solid and the dictionary lists few of them. One short part only, after a
 * longer real noun, so two one-syllable words (장농, 폭팔, 요세) stay unknown.
 */
export function oneSyllableCompound(word: string, noun: (s: string) => boolean, spell: (s: string) => boolean): boolean {
  const n = word.length;
  // Particles, or the copula's forms in 이 after a final consonant (곶감철이면, 관련주 + 이다 aside): no
  // verb endings (으시 + 대 + 다) and no probe through the copula.
  const ends = (i: number) => copulaOrParticles(word, i);
  const one = (c: string) => !NOT_ONE_SYLLABLE_PART.has(c) && noun(c);
  // Not a verb's noun form (짜기, 배기) or a word in -이 (동이): 갑짜기, 맛배기, 쌍동이 are misspellings.
  const long = (s: string) => !/[기이]$/.test(s) && noun(s);
  // A vowel before a plain consonant is where a sai-siot is due (최댓값, 육개장 aside, 등굣길): such a
  // pair is left to the dictionary (최대값, 장마비 stay unknown).
  const saiSiot = saiSiotPlace;
  // Last: 관련 + 주를, 출생 + 아. Not when a word of the dictionary is one style-guide confusion away
  // (메뉴얼 is no 메뉴 + 얼: 매뉴얼).
  if (shortLastSplit(word, spell)) return !confusionCandidates(word).some(spell);
  // First: 손 + 팻말을, 열 + 화상. Weak evidence, as misspelt words split so too (육 + 계장): not when
  // one of the style guides' confusions of the word is a word of the dictionary (육개장).
  if (!one(word[0]!) || saiSiot(word[0]!, word[1]!)) return false;
  // A native noun in -이 of three syllables or more may come second (감 + 말랭이): not -기, nor 동이.
  const second = (s: string) => (s.length >= 3 && s.endsWith('이') ? noun(s) : long(s));
  let found = false;
  for (let j = 3; j <= n && !found; j++) found = second(word.slice(1, j)) && ends(j);
  return found && !confusionCandidates(word).some(spell);
}
