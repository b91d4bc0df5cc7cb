import { describe, expect, it } from 'vitest';
import { isLoanwordVerb, isStandardLoanword, loanwordRival, loanwordVerbQueries, ouLoanwordRival } from './loanwords';
import { STANDARD_LOANWORDS } from './loanwords.data';

describe('standard loanword forms (외래어 표기법)', () => {
  it('a listed form, alone or with particles, is a word', () => {
    for (const w of ['팔로워가', '인플루언서의', '카페라테를', '브로슈어', '크리스털', '데스크톱에서'])
      expect(isStandardLoanword(w), w).toBe(true);
    // Not a listed form, nor a listed form with a verb ending.
    for (const w of ['팔로우가', '카페라떼', '하회마을']) expect(isStandardLoanword(w), w).toBe(false);
  });

  it('-ture and -cher are 처 (캡처, 텍스처를, 시그니처); 쳐 is no listed form', () => {
    for (const w of ['캡처', '텍스처를', '시그니처', '스크린캡처']) expect(isStandardLoanword(w), w).toBe(true);
    for (const w of ['캡쳐', '텍스쳐', '시그니쳐를']) expect(isStandardLoanword(w), w).toBe(false);
  });

  it('listed forms written solid are a word, with particles (드라이 + 룸, 클린 + 룸)', () => {
    for (const w of ['드라이룸', '클린룸을', '배터리팩', '데이터센터에서']) expect(isStandardLoanword(w), w).toBe(true);
    // One part unlisted or misspelt, or two syllables only.
    for (const w of ['크린룸', '드라이름', '룸셀', '파우치형', '플랜카드']) expect(isStandardLoanword(w), w).toBe(false);
  });

  it('design and image words: 비주얼 (like 캐주얼), 레이아웃, 그러데이션; their misspellings are not listed', () => {
    for (const w of ['비주얼이', '레이아웃을', '타이포그래피', '그러데이션']) expect(isStandardLoanword(w), w).toBe(true);
    for (const w of ['비쥬얼', '레이아웆', '그라데이션']) expect(isStandardLoanword(w), w).toBe(false);
    expect(loanwordRival('그라데이션')).toBe('그러데이션'); // ㅏ for [ə]
  });

  it('the list holds no form the rules take for a misspelling of another', () => {
    for (const w of STANDARD_LOANWORDS) expect(loanwordRival(w), w).toBeNull();
  });
});

describe('loanwords misspelt against the standard forms', () => {
  it('a tense initial, a vowel heard the English or French way, a doubled nasal: the standard form', () => {
    const pairs: [string, string][] = [
      ['카페라떼', '카페라테'],
      ['모짜렐라를', '모차렐라를'],
      ['토탈', '토털'],
      ['렌탈', '렌털'],
      ['스탠다드', '스탠더드'],
      ['데스크탑', '데스크톱'],
      ['클락션', '클랙슨'],
      ['크로아상', '크루아상'],
      ['크로와상이', '크루아상이'],
      ['브리오쉬', '브리오슈'],
      ['런닝머신', '러닝머신'],
      ['로얄', '로열'],
      ['어플리케이션', '애플리케이션'],
      // [l] before a vowel with one ㄹ; a compound misspelt in one part.
      ['키로그램', '킬로그램'],
      ['크린', '클린'],
      ['크린룸을', '클린룸을'],
    ];
    for (const [wrong, right] of pairs) expect(loanwordRival(wrong), wrong).toBe(right);
  });

  it('Korean words a letter from a loanword are left alone', () => {
    // 매달/메달, 배제/배지, 소수/소스, 재주/재즈, 투여/투어: two syllables need a strong sign of a loanword.
    // 박신자 is a name (백신 + 자 is no particle chain a rival reads), 하회탈 a mask, 이탈 a Korean word.
    for (const w of [
      '매달',
      '배제',
      '소수',
      '재주',
      '투여',
      '점포',
      '박신자',
      '하회탈',
      '이탈',
      '부일로',
      '사탕',
      '드라이룸',
      '보로',
      '나라',
    ])
      expect(loanwordRival(w), w).toBeNull();
  });
});

describe('a listed loanword noun with 하다, 되다 or 시키다', () => {
  const spell = (s: string) => ['했다', '된', '하는'].includes(s);
  it('is a word when the dictionary knows the verb form', () => {
    expect(isLoanwordVerb('베팅했다', spell)).toBe(true);
    expect(isLoanwordVerb('업데이트된', spell)).toBe(true);
    expect(loanwordVerbQueries('리모델링하는')).toEqual(['하는']);
  });
  it('not with a misspelt verb form, nor after an unlisted noun', () => {
    expect(isLoanwordVerb('베팅햇다', spell)).toBe(false);
    expect(isLoanwordVerb('배팅했다', spell)).toBe(true); // 배팅 (batting) is listed too
    expect(isLoanwordVerb('세띵했다', spell)).toBe(false);
  });
});

describe('a listed loanword written with a letter added', () => {
  it('우 after 오 ([oʊ] is 오) and a final ㅅ before ㅅ ㅈ ㅊ are that form misspelt', () => {
    expect(loanwordRival('스노우체인')).toBe('스노체인');
    expect(loanwordRival('브릿지를')).toBe('브리지를');
    expect(ouLoanwordRival('스노우보드를')).toBe('스노보드를'); // the dictionary lists it: asked of accepted words
    expect(isStandardLoanword('패딩을')).toBe(true);
    expect(isStandardLoanword('스노체인')).toBe(true);
  });
  it('not a Korean word, nor one whose form without the letter is no listed loanword', () => {
    expect(ouLoanwordRival('집중호우로')).toBeNull();
    expect(ouLoanwordRival('도우미')).toBeNull();
    expect(loanwordRival('사워도우는')).toBeNull();
    expect(loanwordRival('팟캐스트')).toBeNull(); // ㅅ before ㅋ
    expect(ouLoanwordRival('스노보드')).toBeNull();
  });
});

describe('a listed loanword with a final for its last consonant and 으', () => {
  it('ㄱ/ㅋ for 크, ㄹ for 르, ㅂ/ㅍ for 프, ㅅ/ㅌ for 트, with the particle after a vowel', () => {
    expect(loanwordRival('네트웍')).toBe('네트워크');
    expect(loanwordRival('프레임웍을')).toBe('프레임워크를');
    expect(loanwordRival('콩쿨에서')).toBe('콩쿠르에서');
    expect(loanwordRival('케잌이')).toBe('케이크가');
    expect(loanwordRival('테잎으로')).toBe('테이프로');
    expect(loanwordRival('플룻은')).toBe('플루트는');
  });
  it('not a Korean word, a listed form, or one whose form with 으 is no listed loanword', () => {
    for (const w of ['로봇', '로봇이', '재즈', '캠프를', '점프', '작업', '학습을', '국물', '이웃이', '결국', '네트', '다섯'])
      expect(loanwordRival(w), w).toBeNull();
  });
});

describe('[f] written ㅎ with a w-glide', () => {
  it('is the listed form with ㅍ', () => {
    expect(loanwordRival('휘트니스')).toBe('피트니스');
    expect(loanwordRival('화일을')).toBe('파일을');
    expect(loanwordRival('훼스티벌')).toBe('페스티벌');
  });
  it('not a Korean word with 화, 휘, 후 or a loanword that has ㅎ', () => {
    for (const w of ['휘발유', '회의', '후보', '화재', '휘슬', '후드', '하이브리드', '화요일', '훨씬', '화해'])
      expect(loanwordRival(w), w).toBeNull();
  });
});
