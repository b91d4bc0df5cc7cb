import { describe, expect, it } from 'vitest';
import { confusionCandidates, loanwordCandidates, strongConfusions } from './confusions';

// Examples chosen outside the held-out misspelling sets (their words must not steer the rules).
describe('confusionCandidates: round-3 patterns', () => {
  const has = (w: string, c: string) => expect(confusionCandidates(w), `${w} → ${c}`).toContain(c);

  it('ㅏ/ㅐ both ways (표준어 규정 제9항)', () => {
    has('풋나기', '풋내기');
    has('아지랭이', '아지랑이');
  });

  it('a final ㅅ that should be ㄷ', () => {
    has('반짓고리', '반짇고리');
  });

  it('ㅎ and a plain consonant written apart instead of one aspirate', () => {
    has('하옇든', '하여튼');
    expect(confusionCandidates('하옇든')).not.toContain('하여든');
  });

  it('률/율 swapped', () => {
    has('출산률', '출산율');
    has('성공율', '성공률');
  });

  it('ㅖ written for ㅔ or ㅐ', () => {
    has('휴계실', '휴게실');
    has('계구리', '개구리');
  });

  it('a reduplicated word changes in both halves', () => {
    has('끄덕끄덕', '끄떡끄떡');
    has('두둥실두둥실', '두등실두등실');
    expect(confusionCandidates('끄덕끄덕')).toContain('끄떡끄덕');
    expect(confusionCandidates('가나다')).not.toContain('');
  });

  it('ㅟ + 었 written as one ㅕ', () => {
    has('바꼈다', '바뀌었다');
    has('할켰다', '할퀴었다');
    expect(confusionCandidates('겨울')).not.toContain('귀었울');
  });

  it('a sai-siot left out before ㄴ or ㅁ (제30항 1(2): 아랫니, 시냇물)', () => {
    has('아래니', '아랫니');
    has('시내물', '시냇물');
    expect(strongConfusions('시내물')).toContain('시냇물');
    expect(strongConfusions('바다물')).toContain('바닷물');
  });

  it('strong confusions: ㅖ/ㅔ/ㅐ and a missing sai-siot only, all among the candidates', () => {
    expect(strongConfusions('계시물')).toContain('게시물');
    expect(strongConfusions('나무가지')).toContain('나뭇가지');
    expect(strongConfusions('전기차')).not.toContain('전기자');
    for (const w of ['계시물', '나무가지', '전기차']) for (const c of strongConfusions(w)) expect(confusionCandidates(w)).toContain(c);
  });
});

describe('round 6', () => {
  it('ㅗ/ㅜ (표준어 규정 제8항) among the candidates', () => {
    expect(confusionCandidates('부줏돈')).toContain('부좃돈');
    expect(confusionCandidates('오뚝이')).toContain('우뚝이');
  });
  it('a tense initial after the first syllable is a strong confusion, not the first', () => {
    expect(strongConfusions('부엌떼기')).toContain('부엌데기');
    expect(strongConfusions('떼기부엌')).not.toContain('데기부엌');
  });
});

describe('round 6: 웃-/윗-, a sai-siot between Sino-Korean parts, loanword vowels', () => {
  it('웃- for 윗- or 위- (표준어 규정 제12항), in both lists', () => {
    expect(strongConfusions('웃입술')).toContain('윗입술');
    expect(strongConfusions('웃층')).toContain('위층');
    expect(confusionCandidates('웃입술을')).toContain('윗입술을');
    expect(strongConfusions('우스개')).not.toContain('윗스개');
    expect(strongConfusions('옷걸이').some((c) => c.startsWith('윗'))).toBe(false);
  });
  it('a sai-siot taken off (월셋방 → 월세방), never from the first syllable or before a vowel', () => {
    expect(strongConfusions('월셋방')).toContain('월세방');
    expect(strongConfusions('햇살')).not.toContain('해살');
    expect(strongConfusions('나뭇잎')).not.toContain('나무잎');
  });
  it('a sai-siot before a tense or aspirated consonant, at any syllable (뒷뜰 → 뒤뜰, 윗층 → 위층)', () => {
    expect(strongConfusions('뒷뜰에')).toContain('뒤뜰에');
    expect(strongConfusions('윗층')).toContain('위층');
    expect(strongConfusions('옷걸이')).not.toContain('오걸이');
    expect(strongConfusions('첫날')).not.toContain('처날');
  });
  it('ㅈ ㅊ with ㅑ ㅕ ㅛ ㅠ and ㅔ for ㅣ in one syllable (스케쥴 → 스케줄, 비스켓 → 비스킷)', () => {
    expect(confusionCandidates('스케쥴')).toContain('스케줄');
    expect(confusionCandidates('챠트')).toContain('차트');
    expect(confusionCandidates('비스켓')).toContain('비스킷');
    expect(confusionCandidates('규칙')).not.toContain('구칙');
  });
  it('two loanword vowels at once (외래어 표기법 표 1: [æ] 애, [ə] 어), words of three syllables or more', () => {
    expect(loanwordCandidates('라디오스')).toContain('래디어스');
    expect(loanwordCandidates('프로포즈')).toContain('프러퍼즈');
    expect(loanwordCandidates('바다')).toEqual([]);
    expect(loanwordCandidates('드릴')).toEqual([]);
  });
  it('round 7: a final stop written out as 트/프/크 after a short vowel (외래어 표기법: 카펫, 로봇)', () => {
    expect(loanwordCandidates('카페트')).toContain('카펫');
    expect(loanwordCandidates('로보트')).toContain('로봇');
    expect(loanwordCandidates('스트레스')).not.toContain('슷레스');
    expect(loanwordCandidates('마크로')).not.toContain('막로');
    expect(loanwordCandidates('컨트롤')).not.toContain('컨롤');
  });
  it('round 7: -째 written as 채 (송두리채 → 송두리째), after the first syllable only', () => {
    expect(strongConfusions('송두리채')).toContain('송두리째');
    expect(strongConfusions('채소')).not.toContain('째소');
  });
  it('round 7: -내기 written as 나기 after a noun (서울나기 → 서울내기), not 나 elsewhere', () => {
    expect(strongConfusions('서울나기')).toContain('서울내기');
    expect(strongConfusions('서울나기는')).toContain('서울내기는');
    expect(strongConfusions('나기')).not.toContain('내기');
    expect(strongConfusions('서울나들이')).not.toContain('서울내들이');
  });
});
