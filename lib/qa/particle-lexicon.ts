// Word lists that let the particle check judge 는 (after a closed syllable), 이 and 과 (after an
// open one) without the document showing the stem as a noun: 결정는, 서울는, 회담는, 쓸모이,
// 돌파구이, 러시아과. Derived once by hand from the Korean Hunspell dictionary (dictionary-ko, which
// lists verbs in -다 and nouns; GPL/MPL/LGPL tri-licence, only facts about words are used here)
// plus foreign word endings the dictionary lacks. Not shipped with the dictionary: these are short
// lists of endings.

/**
 * 는 after a closed syllable is a verb's adnominal ending (먹는, 잡는, 안는) unless the syllable is
 * one no verb stem ends in. Verb stems never end in ㅇ, and a ㄹ stem drops it (사는, 만드는); of the
 * stems ending in ㄱ, ㄴ, ㅁ or ㅂ, these are the one-syllable ones, and the last two syllables of
 * the longer ones (붙잡, 껴안, 다듬, 뛰어넘 → 어넘; one-syllable stems are never judged). Other finals (ㄷ ㅅ ㅈ ㅊ ㅌ ㅍ ㄲ: 받는, 웃는,
 * 찾는) end too many verbs to judge without the document's evidence.
 */
const VERB_TWO = new Set(
  (
    '걷잡 겁먹 겉잡 고먹 곰삭 곱씹 귀담 귀먹 기죽 까먹 껴안 껴입 꼬집 끄집 난삼 낮잡 내먹 내뽑 내뿜 넉잡 농익 눈감 다듬 다잡 더듬 ' +
    '덧입 돼먹 되감 되씹 되잡 뒤집 듣잡 따먹 떠먹 떠안 떼먹 라먹 라박 라잡 라죽 랑삼 러눕 러먹 러안 려먹 려입 려잡 려찍 로눕 로막 ' +
    '로잡 르녹 르익 름잡 리박 리찍 림잡 맘먹 맞먹 맞잡 머금 머잡 몸담 물먹 미암 받잡 보듬 붙박 붙잡 비집 빼먹 서슴 설익 손꼽 손잡 ' +
    '싸안 싸잡 써먹 아남 아눕 아먹 아뵙 아입 애먹 얕잡 어넘 어막 어먹 어박 어안 어잡 여안 여잡 여쭙 욕먹 울삼 음먹 음잡 이박 인찍 ' +
    '일삼 점찍 져눕 좀먹 종잡 주넘 줄잡 짓씹 처담 처먹 처박 쳐먹 켜안 켜잡 파먹 퍼먹 해묵 헛먹 헤집 휘감 흠잡 힘입 워담 어담 아담 ' +
    '퍼담 러담 어감 아감 어삼 아삼 어참 어심 겨심 어품 아품 어남 뛰넘 건넘'
  ).split(' '),
);

/** Final consonant index of a syllable (0 none, 1 ㄱ, 4 ㄴ, 8 ㄹ, 16 ㅁ, 17 ㅂ, 21 ㅇ). */
const finalOf = (ch: string): number => (ch.charCodeAt(0) - 0xac00) % 28;

/** Whether stem + 는 cannot be a verb form, so 는 is a particle that should be 은. */
export function neunAfterNoun(stem: string): boolean {
  if (stem.length < 2) return false;
  const last = stem[stem.length - 1]!;
  const f = finalOf(last);
  if (f === 21 || f === 8) return true;
  if (f !== 1 && f !== 4 && f !== 16 && f !== 17) return false;
  return !VERB_TWO.has(stem.slice(-2)) && !NATIVE_VERB.has(last);
}
// Verb syllables no common Sino-Korean noun ends in: a longer word ending in one is read as a verb
// written together with what precedes it (밥먹는, 사진찍는). The others (담, 참, 감, 안, 입, 업 …)
// end many nouns (회담, 합참, 긴장감, 법안, 도입, 기업): a longer word ending in them is a noun
// unless it is a listed compound verb (몸담, 껴안, 덧입).
const NATIVE_VERB = new Set('먹찍뽑씹뿜줍눕꼽깁뵙쭙듬슴숨넘곱굽죽썩삭녹'.split(''));

// Words ending in 이 after an open syllable (Hunspell's list, minimal by suffix, plus endings of
// foreign words and -로이/-러이 adverbs): 사이, 아이, 차이, 추이, 가까이, 상하이, 하와이, 스프레이.
const I_WORDS = (
  '가까이 가벼이 괴로이 기꺼이 꺼이 너그러이 넝마주이 두터이 되이 로이 러이 즐거이 반가이 름다이 정다이 쉬이 켜이 일무이 동소이 ' +
  '어버이 누이 그사이 요사이 어느사이 사이사이 린아이 내아이 자아이 집아이 난아이 차이 추이 해이 닭모이 새모이 ' +
  '생선구이 갈비구이 소금구이 통구이 양념구이 장어구이 곱창구이 조개구이 숯불구이 ' +
  '게이 레이 데이 베이 케이 웨이 메이 페이 헤이 테이 네이 셰이 에세이 디세이 헤이세이 하이 와이 과이 카이 라이 마이 바이 타이 ' +
  '파이 브이 토이 보이 플라이 프라이 드라이 쿠이 투이 에이 루이 후이 노이'
).split(' ');

const I_SET = new Set(I_WORDS);
const I_LONGEST = Math.max(...I_WORDS.map((w) => w.length));

/** Whether word = stem + 이 (after an open syllable) is a noun with a wrong 이, not a word of its own. */
export function iAfterNoun(word: string): boolean {
  if (word.length < 3) return false;
  for (let n = 2; n <= Math.min(word.length, I_LONGEST); n++) if (I_SET.has(word.slice(-n))) return false;
  return true;
}

// Words ending in 과 after an open syllable besides the lists of particle-nouns.ts (SUFFIX_NOUNS):
// fruit and sweets, and offices named X과 (관리과, 회계과, 연구과). The two-syllable words (모과, 유과,
// 다과 …) are whole words: a longer word ending in them is read as a noun + 과 (석유과 → 석유와,
// not 석 + 유과) unless it is one of the compounds listed with them (찹쌀유과, 의예과). The longer
// entries are word ends (재산관리과, 민원조사과).
const GWA_WORDS = ['소아과', '니카라과', '관리과', '회계과', '연구과', '조사과', '지도과', '재무과', '찹쌀유과', '의예과'];

/** Whether word = stem + 과 (after an open syllable) reads as a noun with a wrong 과. */
export function gwaAfterNoun(word: string): boolean {
  // Two syllables (모과, 유과, 다과, 죄과, 예과, and 사과, 여과 …) are never judged.
  if (word.length < 3) return false;
  return !GWA_WORDS.some((w) => word.endsWith(w));
}
