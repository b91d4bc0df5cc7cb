// A sai-siot left out before a native head noun that always sounds tense or gains an ㄴ after a vowel
// (한글 맞춤법 제30항 1 and 2: 배춧잎 [배춘닙], 기댓값 [기대깝], 보랏빛, 배춧속, 동탯국), where the dictionary
// lists neither form (#22, round 18). The head is native, so the ㅅ is written whatever the first part
// (the rule's exception is two Sino-Korean parts). Not after a loanword (데이터값, 코발트빛: loanwords
// take none), told by a syllable no Chinese character is read as (sino-syllables.data.ts) or the standard
// loanword list; not before heads whose tensing is the word's own (집: 기와집 but 갈빗집; 말: 머리말;
// 물, 소, 국 are also 物, 所, 國 after a Sino-Korean noun: 폐기물, 주유소, 참가국). 국 is soup only after
// a food noun of the vocabulary below (동태, 북어, 시래기: 동탯국, 북엇국, 시래깃국).
import { isStandardLoanword } from './loanwords';
import { objectForms } from './noun-probes';
import { SINO_SYLLABLES } from './sino-syllables.data';
import { compose, isSyl, parts, T_SIOT } from './syllables';
import { nounTail } from './word-shapes';

// Heads that sound tense (값, 빛, 속) or add ㄴ (잎) after any vowel-final first part.
const HEADS = new Set(['잎', '값', '빛', '속']);
// Foods a soup is named after (국 after them is soup, not 國 or 局): fish, shellfish, greens, and the like.
const FOODS = new Set(
  (
    '동태 북어 황태 명태 코다리 대구 조기 꽁치 갈치 멸치 아귀 가자미 고등어 홍어 숭어 복어 장어 문어 전어 조개 새우 ' +
    '다슬기 올갱이 매생이 고기 시래기 우거지 배추 아욱 근대 냉이 시금치 미나리 부추 상추 달래 고사리 두부 감자 오이 ' +
    '다시마 선지 순대 만두 김치 도토리 무시래기'
  ).split(' '),
);

/** A noun that reads as no loanword: every syllable a Sino-Korean reading, and not on the loanword list. */
const notLoan = (s: string) => [...s].every((c) => SINO_SYLLABLES.has(c)) && !isStandardLoanword(s);

/** [first part, head, tail] where a listed head follows a vowel-final first part (two syllables; a food of three before 국). */
function cuts(word: string): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (let i = 2; i <= Math.min(3, word.length - 1); i++) {
    const first = word.slice(0, i),
      head = word[i]!;
    if (!isSyl(first.at(-1)) || parts(first.at(-1)!).t !== 0) continue;
    // Two syllables before the listed heads: longer all-Sino-reading nouns are as often loanwords (토마토, 파라미터).
    if (!((HEADS.has(head) && i === 2) || (head === '국' && FOODS.has(first)))) continue;
    if (nounTail(word.slice(i + 1))) out.push([first, head, word.slice(i + 1)]);
  }
  return out;
}

/**
 * The word with its sai-siot (배추잎 → 배춧잎, 동태국을 → 동탯국을), for a word the dictionary refuses whose
 * first part is a noun of the dictionary and no loanword; null otherwise. `spell` answers saiSiotHeadQueries.
 */
export function saiSiotHeadRival(word: string, spell: (s: string) => boolean): string | null {
  if (word.length < 3 || word.length > 8) return null;
  for (const [first, head, tail] of cuts(word)) {
    if (!objectForms(first).some(spell) || (head !== '국' && !notLoan(first))) continue;
    const { l, v } = parts(first.at(-1)!);
    return first.slice(0, -1) + compose(l, v, T_SIOT) + head + tail;
  }
  return null;
}

/** The dictionary answers saiSiotHeadRival needs. */
export function saiSiotHeadQueries(word: string): string[] {
  if (word.length < 3 || word.length > 8) return [];
  return cuts(word).flatMap(([first]) => objectForms(first));
}
