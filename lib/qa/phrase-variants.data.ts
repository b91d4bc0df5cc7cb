// Pairs of Korean words that name one thing, of which a document should keep one for one English
// word: general knowledge of news Korean (a regulator's 허가 or 승인, a trial's 시험 or 실험, a term of
// Japanese style beside the standard one, a loanword beside its Korean). Written while fixing the
// round-16/17 phrase misses: five pairs (허가/승인, 시험/실험, 인지증/치매, 점적/주입,
// 메디컬 테스트/신체검사) are that set's, the others are not from any evaluation set.
// Read by the synonym pass of the phrase-consistency check (phrase-synonym-pass.ts), which needs the
// SAME English word in the segments, the usual word in at least half of the others (two, for a
// compound with one part swapped: 임상실험 / 임상시험) and the second word in no other segment.
// Pairs whose words a careful translator alternates for one English word (리스크 관리 beside 위험,
// 회견 for 기자회견) are left out. Only STYLE_VARIANTS are also read by the same-paragraph pass
// (phrase-spellings.ts), which reads the Korean alone: the others also name two things side by
// side (점적 주입 is one drip). COMPOUND_VARIANTS are compared only inside a longer word (bare 시험 and
// 실험 are a pilot run and a laboratory in bench/spell/texts/solidcell).
/**
 * Terms of Japanese style and the Korean standard term for the same thing (일본어 투 용어: 인지증 for
 * 치매, 고수부지 for 둔치, 구좌 for 계좌), which no text uses side by side: also read within one
 * paragraph by the same-paragraph pass.
 */
export const STYLE_VARIANTS: readonly (readonly string[])[] = [
  ['인지증', '치매'],
  ['고수부지', '둔치'],
  ['노견', '갓길'],
  ['잔고', '잔액'],
  ['견습', '수습'],
  ['망년회', '송년회'],
  ['구좌', '계좌'],
  ['가료', '치료'],
];

/**
 * Words that name one thing only inside a compound (임상시험 / 임상실험, 동물시험 / 동물실험): alone
 * they name two (시험 생산 is a pilot run, 실험실 a laboratory). Compared only as a part of a longer word.
 */
export const COMPOUND_VARIANTS: readonly (readonly string[])[] = [['시험', '실험']];

export const TERM_VARIANTS: readonly (readonly string[])[] = [
  // Regulation: a regulator's approval (허가, 승인).
  ['허가', '승인'],
  ['백신', '예방주사'],
  ['부작용', '이상반응'],
  // Terms of Japanese style beside the Korean standard term (일본어 투 용어): one document keeps one.
  // These two also name two things side by side (점적 주입, 절차를 밟는 수순).
  ['점적', '주입', '링거'],
  ['수순', '절차'],
  ...STYLE_VARIANTS,
  // A loanword and its Korean for one thing (a test, a risk, a guideline, a fund).
  ['메디컬 테스트', '메디컬테스트', '신체검사', '건강검진'],
  ['가이드라인', '지침'],
  ['매뉴얼', '지침서'],
  ['인센티브', '성과급'],
  ['모니터링', '감시'],
  ['로드맵', '청사진'],
  ['펀드', '기금'],
  ['이슈', '쟁점'],
  ['스폰서', '후원사'],
  ['오프시즌', '비시즌'],
  ['트레이닝', '훈련'],
  // Economy.
  ['인플레이션', '물가 상승'],
  ['경기 침체', '불황'],
];
