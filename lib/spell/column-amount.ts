// 量 and 欄 after a noun (한글 맞춤법 제11항·제12항 붙임 and the 국립국어원's reading of them, #22, round
// 18): after a Sino-Korean noun they keep their ㄹ (강수량, 독자란, 가정란); after a native word or a
// loanword they are written as at the start of a word (구름양, 칼로리양, 데이터양; 어린이난, 스포츠난).
// A native or loanword noun is told by a syllable no Chinese character is read as (sino-syllables.data.ts)
// or the standard loanword list: a Sino-Korean noun never has one, so 량 after 강수 is never touched.
// And 난 after a noun the dictionary lists with 란, or after a noun naming a field of a form or a section
// of a page (COLUMN_NOUNS), is that 란 misspelt (광고난 → 광고란, 비고난 → 비고란): -난 (難, 인력난) is a
// word of its own the dictionary then lacks, and it follows other nouns.
import { isStandardLoanword } from './loanwords';
import { objectForms } from './noun-probes';
import { SINO_SYLLABLES } from './sino-syllables.data';
import { nounTail } from './word-shapes';

// Sino-Korean nouns that name a field of a form or a section of a page, before which 난 can only be 欄
// (-난 難 follows a thing that runs short: 인력난, 전세난, 주차난, so it is left alone after other nouns).
const COLUMN_NOUNS = new Set(
  (
    '가정 비고 독자 투고 문예 학예 광고 공지 부고 인사 동정 해설 논평 사설 서명 성명 주소 기재 기입 ' +
    '의견 메모 해답 정답 답안 기타 참고 확인 날인 연락처 소속 직위 직책 비고사항'
  ).split(' '),
);

const nativeOrLoan = (s: string) => [...s].some((c) => !SINO_SYLLABLES.has(c)) || isStandardLoanword(s);
const SWAP: Record<string, string> = { 량: '양', 란: '난' };

/** [noun, syllable, tail] at each 량/란/난 after two syllables or more, with particles after. */
function cuts(word: string): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (let i = 2; i < word.length; i++) {
    const c = word[i]!;
    if ((c === '량' || c === '란' || c === '난') && nounTail(word.slice(i + 1))) out.push([word.slice(0, i), c, word.slice(i + 1)]);
  }
  return out;
}

/**
 * The word with 量/欄 written as the noun before it wants (칼로리량 → 칼로리양, 가십란에 → 가십난에, 광고난 →
 * 광고란), for a word the dictionary refuses; null when none. 란 with nothing after it is left alone: it is
 * also the particle (자유란, 데이터란 무엇인가). `spell` answers columnAmountQueries.
 */
export function columnAmountRival(word: string, spell: (s: string) => boolean): string | null {
  if (word.length < 3 || word.length > 10) return null;
  for (const [noun, c, tail] of cuts(word)) {
    if (!COLUMN_NOUNS.has(noun) && !objectForms(noun).some(spell)) continue;
    if (c === '난') {
      const form = `${noun}란`;
      // The noun form with 을 (광고란을): 란 alone is also the particle, which the dictionary takes after any noun (전세란).
      if (COLUMN_NOUNS.has(noun) || objectForms(form).some(spell)) return form + tail;
      continue;
    }
    if (c === '란' && tail === '') continue;
    if (nativeOrLoan(noun)) return noun + SWAP[c]! + tail;
  }
  return null;
}

/** The dictionary answers columnAmountRival needs. */
export function columnAmountQueries(word: string): string[] {
  if (word.length < 3 || word.length > 10) return [];
  const yang = [...word].flatMap((c, i) => (i >= 2 && c === '양' ? objectForms(word.slice(0, i)) : []));
  return [...cuts(word).flatMap(([noun, c]) => [...objectForms(noun), ...(c === '난' ? objectForms(`${noun}란`) : [])]), ...yang];
}

/**
 * A native or loanword noun with 量/欄 as the norm writes it there, 양/난, and particles (쓰레기양,
 * 구름양이, 데이터양을, 어린이난): the right form the dictionary lacks. Not a Sino-Korean noun with 양
 * (강수양 is 강수량 misspelt). `spell` answers columnAmountQueries.
 */
export function isColumnAmount(word: string, spell: (s: string) => boolean): boolean {
  if (word.length < 3 || word.length > 10) return false;
  for (let i = 2; i < word.length; i++) {
    const c = word[i]!;
    if (c !== '양' && c !== '난') continue;
    const noun = word.slice(0, i);
    if (nounTail(word.slice(i + 1)) && nativeOrLoan(noun) && objectForms(noun).some(spell)) return true;
  }
  return false;
}
