// 나 (or) after a noun in a closed syllable, which takes 이나: 휴업나 원격수업 → 휴업이나, 사망나 실종 →
// 사망이나, 법안나 → 법안이나. After a closed syllable a word in -나 is otherwise a verb's or an
// adjective's ending (먹나, 어렵나, 새롭나, 있나 싶다), so only stems that cannot be one are judged:
// two syllables or more, ending in ㅇ (no verb stem does: 사망, 협상, 공장), in ㄱ on a syllable no
// verb stem ends in (particle-lexicon's neunAfterNoun: 계획, 사고, not 잡아먹), or in ㅂ on a
// Sino-Korean noun syllable (업 법 입 급 압 협 합 집 첩 탑: 휴업, 헌법, 수입, 임금 …), not the ㅂ of
// adjectives (어렵, 새롭, 반갑, 아름답). The word must be followed by another word, as in a pair
// (A나 B), and not by an auxiliary (…나 싶다, …나 보다, …나 하는) or a title (a name in -나: 김영나 씨).
// A stem ending in ㄹ, of one syllable or more, is judged too (밀나 콩 → 밀이나, 쌀나 보리, 서울나 부산): a ㄹ
// verb stem drops its ㄹ before -나 (알다 → 아나, 만들다 → 만드나), so ㄹ + 나 is a noun's, except in the
// verbs in -나다 on a ㄹ word (불나, 탈나, 열나, 별나, 결딴나: 배탈나 결석했다).
import { neunAfterNoun } from './particle-lexicon';

const NOUN_B = new Set('업법입급압협합집첩탑'.split(''));
const NA_RE = /(?<![가-힣])([가-힣]{1,12})나 (?=([가-힣]+))/g;
const NADA_L = /(?:불|탈|열|별|딴)$/;
const AUX_AFTER = /^(?:싶|보|봐|봤|하|한|했|할|모르|몰라|몰랐|말|씨|님|양|군|교수|선수|감독|기자|위원|의원|대표|작가)/;

export interface NaSlip {
  word: string;
  found: string;
  expected: string;
  start: number;
  end: number;
}

/** 나 after a closed-syllable noun where Korean writes 이나. */
export function naAfterClosed(text: string): NaSlip[] {
  const out: NaSlip[] = [];
  if (!text.includes('나 ')) return out;
  for (const m of text.matchAll(NA_RE)) {
    const stem = m[1]!;
    if (AUX_AFTER.test(m[2]!)) continue;
    const last = stem.charCodeAt(stem.length - 1) - 0xac00;
    const f = last % 28;
    if (f === 8) {
      if (!NADA_L.test(stem)) out.push({ word: stem, found: '나', expected: '이나', start: m.index!, end: m.index! + stem.length + 1 });
      continue;
    }
    if (stem.length < 2) continue;
    const ok = f === 21 || (f === 1 && neunAfterNoun(stem)) || (f === 17 && NOUN_B.has(stem[stem.length - 1]!) && neunAfterNoun(stem));
    if (!ok) continue;
    out.push({ word: stem, found: '나', expected: '이나', start: m.index!, end: m.index! + stem.length + 1 });
  }
  return out;
}
