// Nouns that end in a particle syllable after a syllable of the "wrong" kind (기업가, 수사과, 교통로),
// and one-syllable nouns that take particles like any other, for particle-nouns.ts.

const words = (s: string) => s.split(' ');

// Nouns (and interrogative endings: 무엇인가, 어떤가) ending in 가 after a closed syllable, 과 after an
// open one, 로 after a closed one other than ㄹ: never read as stem + particle. Only endings whose
// stem the document may show with particles matter (시장가: 시장을), so 위원장가, 대변인가, 의원가
// stay errors. Two-syllable entries are word ends (문가: 전문가, 업가: 기업가).
const SUFFIX_NOUNS = [
  ...words(
    '증가 물가 단가 작가 상가 염가 명가 종가 정가 특가 찬송가 애국가 응원가 주제가 유행가 문가 업가 석가 축가 악가 동가 ' +
      '률가 략가 곡가 신가 혁가 본가 험가 설가 역가 출가 론가 술가 변가 융가 월가 점가 화가 학가 택가 민가 찰가 시가 표가 ' +
      '매가 양가 저가 고가 인가 운가 는가 은가 던가 런가 건가 을가 시장가 소장가 공급가 매입가 기준가 평균가 등산가 생산가 ' +
      '자산가 증권가 조각가 육가 선가 집가 획가 천가 력가 누군가 무언가 언젠가 어딘가 뭔가',
  ),
  ...words(
    '효과 사과 부과 초과 투과 여과 외과 치과 내과 교과 이과 고과 수사과 정보과 총무과 경리과 교무과 소아과 피부과 후과 기과 ' +
      '무과 의과 어과 회과 제과',
  ),
  // 가 'edge, side' after a place noun (해안가 shore, 강가, 바닷가, 길가, 창가), 가 'street, quarter'
  // (극장가, 식당가, 유흥가), 가 'person of an art' (무용가, 비평가, 사진가) and 가 'song' (자장가):
  // the dictionary's nouns (dictionary-ko) whose stem is a noun of its own, which the document may
  // show with particles (해안에, 극장을). Two-syllable entries are word ends (한강가, 산길가).
  ...words(
    '해안가 바닷가 해변가 강변가 강가 길가 창가 창문가 냇가 시냇가 개울가 우물가 호숫가 연못가 골목가 무덤가 부둣가 난롯가 ' +
      '화롯가 수돗가 하늘가 귓가 늪가 갯가 극장가 식당가 상점가 주택가 중심가 유흥가 환락가 홍등가 빈민가 암흑가 방송가 대학가 ' +
      '사창가 무용가 문장가 문필가 미식가 비평가 사진가 수필가 여행가 애연가 재벌가 재산가 명망가 덕망가 명필가 만담가 은행가 ' +
      '승전가 이별가 자장가 균일가 액면가 상한가 하한가',
  ),
  ...words(
    '판로 근로 상로 환로 신로 북로 남로 장로 란로 곡로 역로 책로 격로 관로 송로 강로 천로 간로 속로 통로 항로 경로 진로 ' +
      '활로 육로 선로 철로 공로 원로 행로 탄로 입로 급로 산로 출로 동로 종로 맥로 혈로 난로 향로 회로',
  ),
];

// Price nouns in 가 (價): 수출가, 시장가, 공급가 are prices only when the English speaks of one; else
// 수출가 is 수출 with a wrong 가 (수출이).
const PRICE_NOUNS = words(
  '물가 단가 염가 종가 정가 특가 곡가 출가 입가 매가 저가 고가 시장가 공급가 매입가 기준가 평균가 생산가 균일가 액면가 상한가 하한가',
);
const PRICE_WORDS = /pric|cost|valu|inflation|tariff|fare|cheap|expensive|discount|bargain|clos(?:e|ing)\b/i;
// 물가 is also the water's edge: a noun of its own when the English speaks of one.
const WATER_EDGE = /\b(?:shore|bank|edge|waterside|water's|waterfront|beach|lake|pond|river|stream|brook)/i;

// The departments 내과, 외과, 치과 end a compound after a speciality of two syllables or more (신장내과,
// 정형외과, 소아치과), never after one: a word of three syllables is a noun and a wrong 과 (아내과,
// 국내과, 야외과, 가치과 → 아내와, 국내와, 야외와, 가치와).
const DEPARTMENTS = /^[가-힣](?:내과|외과|치과)$/;

// After a number the word is a counter or unit with its particle (18개월가, 3시간로): a listed word end
// inside it (월가 Wall Street in 개월가) is no noun of its own; only a whole listed word is (1국가).
const SUFFIX_SET = new Set(SUFFIX_NOUNS);
/** Whether a word glued to a number (stem + 가/과/로) is itself a listed noun of its own. */
export const listedOwnNounAfterNumber = (word: string, source: string): boolean => SUFFIX_SET.has(word) && listedOwnNoun(word, source);

/** Whether word (stem + 가/과/로) is listed as a noun of its own, given the English it translates. */
export function listedOwnNoun(word: string, source: string): boolean {
  if (!SUFFIX_NOUNS.some((n) => word.endsWith(n)) || DEPARTMENTS.test(word)) return false;
  if (PRICE_NOUNS.some((n) => word.endsWith(n)) && source !== '' && !PRICE_WORDS.test(source)) {
    if (word.endsWith('물가') && WATER_EDGE.test(source)) return true;
    // Another listed noun may still end the word (단가 inside 평균단가 is a price either way).
    return SUFFIX_NOUNS.some((n) => word.endsWith(n) && !PRICE_NOUNS.includes(n) && !PRICE_NOUNS.some((p) => p.endsWith(n)));
  }
  return true;
}

// One-syllable nouns that news prose puts particles on (것으로, 등은, 중이), and the titles written
// apart after a name (박순자(71) 씨는, 김 선생님은 → 님, 정 옹이), judged like longer nouns;
// two-syllable words they would form with a particle are excluded per particle (등가 等價, 중가).
const ONE_SYLLABLE_NOUNS = new Set(words('것 곳 등 점 측 쪽 년 명 땅 힘 돈 씨 님 옹'));
const ONE_SYLLABLE_WORDS = new Set(words('등가 중가 명가 점가 돈가'));

/** Whether stem + particle is a one-syllable noun with a wrong particle (것로, 것는, 등를). */
export function oneSyllableNoun(stem: string, particle: string): boolean {
  return stem.length === 1 && ONE_SYLLABLE_NOUNS.has(stem) && !ONE_SYLLABLE_WORDS.has(stem + particle);
}

/**
 * 가 after a noun made with the nominaliser -ㅁ/-음 (절박함가, 첫걸음가, 변화됨가): nothing ends in
 * 함가, 됨가 or 음가 but the rare 음가 itself, so 가 there is a particle that should be 이.
 */
export function nominalisedGa(stem: string): boolean {
  return stem.length >= 2 && /(?:함|됨|음)$/.test(stem);
}
