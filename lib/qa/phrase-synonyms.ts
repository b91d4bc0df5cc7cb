// One English word rendered by one Korean word in most segments and by a second word, of the same
// meaning, in one (용접공 / 용접사 for "welders", 조선소 / 야드 for "yard", 인도 / 납품 for
// "delivered"): what counts as a second word for the same thing. Pure helpers of phrase-consistency.
import { romanized as romanize } from './romanized';
import { hangulSkeleton, skeleton } from '../align/names';
import { COMPOUND_VARIANTS, TERM_VARIANTS } from './phrase-variants.data';
import { NEWS_SYNONYMS } from './phrase-news-synonyms.data';

// Words translators alternate for one English word where a reader can take the second for another
// thing (a shipowner is not a shipping line, a CEO not a board director). Each group is one meaning;
// pairs careful translators use side by side for variety (폭염/무더위, 무역/교역, 경제학자/
// 이코노미스트, 소방관/소방대원 are all in our clean texts) are left out, and so are pairs of which one word is at
// home in fixed compounds (조세 정책, 항만 노동자, 어린이집, 주식시장 vs 증시) or which name two
// kinds (근로자/노동자, 관계자/당국자, 피해자/희생자).
// For one English word (treaty, compensation, summit, families, plaintiffs) these swaps count: Korean
// pairs a translator alternates for one thing, where a reader takes the second for another thing
// (보상 is for a lawful act, 배상 for a wrong; 소송인 is not the court's 원고).
export const WORD_SYNONYMS: readonly (readonly string[])[] = [
  ['협정', '조약'],
  ['배상', '보상'],
  ['유족', '유가족', '피해자 가족'],
  ['원고', '소송인', '원고인'],
  ['부채', '빚'],
  ['정상회담', '정상 회동', '정상회동', '정상 회담'],
  ['통화정책', '금융정책', '통화 정책', '금융 정책'],
];

// Two words for one thing used as the first word of a word pair (달 착륙 / 월면 착륙 for “Moon
// landing”, 달 탐사 / 월면 탐사): compared only there, for one English word (월면 alone is the Moon's
// surface, which a text names beside the Moon).
export const MODIFIER_SYNONYMS: readonly (readonly string[])[] = [['달', '월면']];

// Words whose senses overlap but that a text also uses for two things (a budget 예산 and public
// finances 재정: 예산 4조 원 beside 재정 추계): one is a second rendering only of one English word
// that three segments or more share, the other word in every other one of them.
export const SENSE_SYNONYMS: readonly (readonly string[])[] = [['예산', '재정']];

export const NEAR_SYNONYMS: readonly (readonly string[])[] = [
  ...WORD_SYNONYMS,
  ['최고경영자', '대표이사', '최고책임자'],
  ['인도', '납품'],
  ['선주', '선사', '해운사'],
  ['협상', '교섭'],
  ['협정', '조약', '협약'],
  ['임금', '봉급'],
  ['보조금', '지원금'],
  ['금리', '이자율'],
  ['총리', '수상'],
  ['세입자', '임차인'],
  ['집주인', '임대인'],
  ['대출', '융자'],
  ['여론조사', '설문조사'],
  ['관광객', '여행객'],
  ['이민자', '이주민'],
  ['탈북민', '탈북자'],
  ['폭우', '호우'],
  ['운반선', '수송선'],
  // Words of the main pass's groups that name one thing (a drill, aid, a statement, a proposal).
  ['훈련', '연습'],
  ['지원', '원조'],
  ['담화', '성명'],
  ['대통령실', '청와대'],
  ['제안', '제의'],
  // More pairs of news Korean for one thing.
  ['파산', '도산'],
  ['실업자', '실직자'],
  ['판사', '법관'],
  ['용의자', '피의자'],
  ['휴전', '정전'],
  ['직원', '종업원'],
  ['불황', '불경기'],
  ['여당', '집권당'],
  ['시민단체', '비정부기구'],
  ['활동가', '운동가'],
  ['미사일', '탄도탄'],
  ['핵무기', '핵병기'],
  ['공항', '비행장'],
  ['주지사', '도지사'],
  ['총재', '행장'],
  ['대법원', '최고법원'],
  ['핵실험', '핵시험'],
  ['폭동', '소요'],
  ['난민', '피난민'],
  ['대피소', '피난처'],
  ['실종자', '행방불명자'],
  ['생존자', '생환자'],
  // A reform (개혁) is not a reorganisation (개편); a fund runs out (소진) or dries up (고갈): one word a document keeps.
  ['개혁', '개편'],
  ['소진', '고갈'],
  // A loanword and the Sino-Korean word for it (engineer 엔지니어 / 기술자, start-up 스타트업 / 신생 기업):
  // either is right, two in one document name one thing two ways. (서비스 / 용역 is compared only
  // inside one phrase, phrase-lookalike.ts: 용역 is at home in 용역 업체, 청소 용역.)
  ['엔지니어', '기술자'],
  ['스타트업', '신생 기업', '신생기업', '창업 기업', '창업기업'],
  ['오토바이', '모터사이클'],
  ['듣기', '리스닝'],
  ['말하기', '스피킹'],
  // Exam and administrative Korean: the school word beside the general one (고사장 / 시험장), and an
  // objection filed (이의 신청) beside one raised (이의 제기), one procedure a text names one way.
  ['시험장', '고사장'],
  ['시험실', '고사실'],
  ['이의 신청', '이의 제기', '이의신청', '이의제기'],
];

// The groups the synonym pass reads: these and the variants of one term (phrase-variants.data.ts),
// which the same-paragraph pass leaves out.
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [...NEAR_SYNONYMS, ...TERM_VARIANTS, ...NEWS_SYNONYMS];

const GROUP_OF = new Map<string, (readonly string[])[]>();
for (const g of SYNONYM_GROUPS)
  for (const w of g) {
    const list = GROUP_OF.get(w) ?? [];
    list.push(g);
    GROUP_OF.set(w, list);
  }

const COMPOUND_OF = new Map<string, readonly string[][]>();
for (const g of COMPOUND_VARIANTS) for (const w of g) COMPOUND_OF.set(w, [...(COMPOUND_OF.get(w) ?? []), [...g]]);

// Last syllables that make a person of a noun (용접공 / 용접사, 투자자 / 투자가, 상담원 / 상담사):
// one trade named with two suffixes is one word written two ways. Not -인: 변호인 (counsel) and
// 변호사 (a lawyer) are two words a translator uses side by side.
const PERSON = '공사원자가수';
const AGENCY = '처청';

/**
 * The renderings a word could stand in for: its near-synonyms (협상단 → 교섭단 too, one syllable kept
 * after the swapped word) and its person-suffix twins (용접사 → 용접공).
 */
export function relatedRenderings(v: string): string[] {
  const out = new Set<string>();
  // The swapped word at the front, the end or inside, with at most three syllables before it
  // (군사연습 → 군사훈련) and one after it (협상단 → 교섭단); in a long name of six syllables or more,
  // anywhere with up to two after it (수도권광역고속철도 → 수도권광역급행철도).
  const long = v.length >= 6;
  for (let i = 0; i <= (long ? v.length - 2 : Math.min(3, v.length - 2)); i++)
    for (let n = Math.min(v.length - i, 5); n >= 2; n--) {
      const rest = v.slice(i + n);
      if (rest.length > (long ? 2 : 1)) continue;
      const word = v.slice(i, i + n);
      for (const g of GROUP_OF.get(word) ?? []) for (const w of g) if (w !== word) out.add(v.slice(0, i) + w + rest);
      // Inside a longer word only (임상실험 → 임상시험; 실험 alone is not 시험).
      if (i > 0 || rest) for (const g of COMPOUND_OF.get(word) ?? []) for (const w of g) if (w !== word) out.add(v.slice(0, i) + w + rest);
    }
  if (v.length >= 3 && PERSON.includes(v[v.length - 1]!)) for (const c of PERSON) if (c !== v[v.length - 1]) out.add(v.slice(0, -1) + c);
  // A government body named as an agency (청) or a ministry (처), as many were renamed (식약청 →
  // 식약처): the old and the new name of one body.
  if (v.length >= 3 && AGENCY.includes(v[v.length - 1]!)) for (const c of AGENCY) if (c !== v[v.length - 1]) out.add(v.slice(0, -1) + c);
  return [...out];
}

// An English word as Korean writes it: a final or pre-consonant r is not written (yard → 야드,
// monitor → 모니터), g and c before e/i/y are soft (mortgage → 모기지, license → 라이선스).
const unwrittenR = (w: string) => w.replace(/r(?![aeiouy])/g, '');
function englishKeys(w: string): string[] {
  const soft = unwrittenR(w)
    .replace(/g(?=[eiy])/g, 'j')
    .replace(/c(?=[eiy])/g, 's');
  return [...new Set([skeleton(w), skeleton(soft)])];
}

/** The Hangul word is the English word written in Hangul (야드 for "yard", 모기지 for "mortgage"). */
export function transliterates(hangul: string, english: string): boolean {
  const w = english.toLowerCase();
  if (hangul.length < 2 || w.length < 4) return false;
  // As many syllables as the English word has vowels, or one or two more (a final consonant takes
  // 으: yard → 야드): 두드리 is no "door". Two vowels side by side may be two syllables (creator →
  // 크리에이터, radio → 라디오): one more allowed for each such pair, never required (leader → 리더).
  const vowels = w.match(/[aeiouy]+/g)?.length ?? 0;
  const hiatus = w.match(/ea|ia|io|eo|ua|uo/g)?.length ?? 0;
  if (hangul.length < vowels || hangul.length > vowels + 2 + hiatus) return false;
  const k = hangulSkeleton(hangul);
  const keys = englishKeys(w);
  if (k.length >= 3) return keys.includes(k);
  // A short skeleton says little (위협 / heavy): the whole romanised word must match, less a final 으.
  return romanize(hangul).replace(/eu$/, '') === unwrittenR(w);
}

/** Index keys under which `transliterates` can match an English word (for a look-up by `hangulLoanKey`). */
export function loanKeys(english: string): string[] {
  const w = english.toLowerCase();
  return [...englishKeys(w).filter((k) => k.length >= 3), `=${unwrittenR(w)}`];
}

/** The key of a Hangul word among `loanKeys`: its skeleton, or for a short one its romanisation. */
export function hangulLoanKey(hangul: string): string {
  const k = hangulSkeleton(hangul);
  return k.length >= 3 ? k : `=${romanize(hangul).replace(/eu$/, '')}`;
}

// One English loanword written two ways in Hangul (크레디트 / 크레딧, 로보트 / 로봇, 메세지 /
// 메시지, 리더쉽 / 리더십, 쥬스 / 주스): a final ㅅ, ㄱ or ㅂ stands for 트 (or 드), 크 and 프;
// 쥬, 쟈, 쵸 … are 주, 자, 초; 쉬 is 시 and 세 beside 시 is 시. The key folds these, so two
// spellings of one word share it (whether both write the same English word is for the caller).
const FINAL_VOWEL: Record<number, number> = { 19: 18, 1: 18, 17: 18 }; // ㅅ ㄱ ㅂ → +ㅡ syllable
const FINAL_ONSET: Record<number, number> = { 19: 16, 1: 15, 17: 17 }; // ㅅ → ㅌ, ㄱ → ㅋ, ㅂ → ㅍ
const syllable = (l: number, v: number, t = 0) => String.fromCharCode(0xac00 + (l * 21 + v) * 28 + t);

export function loanSpellingKey(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = ch.charCodeAt(0) - 0xac00;
    if (c < 0 || c > 11171) {
      out += ch;
      continue;
    }
    let l = Math.floor(c / 588);
    let v = Math.floor((c % 588) / 28);
    const t = c % 28;
    // ㅈ ㅊ ㅉ before a y-vowel: 쥬 → 주, 쟈 → 자, 쵸 → 초, 져 → 저.
    if (l === 12 || l === 14 || l === 13) v = ({ 2: 0, 6: 4, 12: 8, 17: 13, 3: 1, 7: 5 } as Record<number, number>)[v] ?? v;
    // ㄷ onset folds into ㅌ (드 / 트), 쉬 into 시, 세 into 시 (메세지 / 메시지).
    if (l === 3) l = 16;
    if (l === 9 && v === 16) v = 20;
    if (l === 9 && v === 5) v = 20;
    if (t in FINAL_ONSET) out += syllable(l, v) + syllable(FINAL_ONSET[t]!, FINAL_VOWEL[t]!);
    else out += syllable(l, v, t);
  }
  return out;
}
