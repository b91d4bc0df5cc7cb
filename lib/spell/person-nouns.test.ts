import { describe, expect, it } from 'vitest';
import { commonMisspelling } from './common-errors';
import { isPersonNoun, personNounMisspelling } from './person-nouns';

describe('-(으)로서 after a noun that names a person', () => {
  it('writes -(으)로써 after a person noun as -(으)로서', () => {
    expect(personNounMisspelling('부모로써')).toBe('부모로서');
    expect(personNounMisspelling('학생으로써')).toBe('학생으로서');
    expect(personNounMisspelling('선생님으로써')).toBe('선생님으로서');
    expect(personNounMisspelling('친구들로써')).toBe('친구들로서');
    expect(commonMisspelling('어머니로써')).toBe('어머니로서');
    // A member of a body (員), two syllables too.
    expect(personNounMisspelling('회원으로써')).toBe('회원으로서');
    expect(personNounMisspelling('직원으로써')).toBe('직원으로서');
    expect(personNounMisspelling('구성원으로써')).toBe('구성원으로서');
    // Not 원 of a thing (자원, 지원: a means can stand there).
    expect(personNounMisspelling('자원으로써')).toBeNull();
    expect(personNounMisspelling('지원으로써')).toBeNull();
  });
  it('leaves the means alone (대화로써, 법으로써) and the right forms', () => {
    expect(personNounMisspelling('대화로써')).toBeNull();
    expect(personNounMisspelling('법으로써')).toBeNull();
    expect(personNounMisspelling('부모로서')).toBeNull();
    expect(personNounMisspelling('학생로써')).toBeNull(); // no 으: not this rule's shape
    expect(commonMisspelling('노력함으로써')).toBeNull();
  });
  it('reads a person suffix (-자, -원, -사, -인, -가) or 님 before -(으)로써 as a person', () => {
    expect(personNounMisspelling('과학자로써')).toBe('과학자로서');
    expect(personNounMisspelling('자원봉사자로써')).toBe('자원봉사자로서');
    expect(personNounMisspelling('구조대원으로써')).toBe('구조대원으로서');
    expect(personNounMisspelling('요리사로써')).toBe('요리사로서');
    expect(personNounMisspelling('직장인으로써')).toBe('직장인으로서');
    expect(personNounMisspelling('음악가로써')).toBe('음악가로서');
    expect(commonMisspelling('스님으로써')).toBe('스님으로서');
    expect(commonMisspelling('사장님으로써')).toBe('사장님으로서');
  });
  it('leaves a means with a namesake ending, 이로써, 그로써 and a nominalised verb alone', () => {
    for (const w of [
      '유전자로써',
      '자체평가로써',
      '여론조사로써',
      '예산지원으로써',
      '서면확인으로써',
      '이로써',
      '그로써',
      '그럼으로써',
      '함으로써',
      '노력함으로써',
      '과학자로서',
      '모자로써',
    ])
      expect(commonMisspelling(w), w).toBeNull();
  });
});

describe('the copula after a person noun ending in a vowel is 예요', () => {
  it('writes 에요 after a person noun as 예요', () => {
    expect(personNounMisspelling('친구에요')).toBe('친구예요');
    expect(personNounMisspelling('의사에요')).toBe('의사예요');
    expect(personNounMisspelling('아이에요')).toBe('아이예요');
  });
  it('leaves a place with 에 + 요, a consonant-final noun and the right forms alone', () => {
    expect(personNounMisspelling('학교에요')).toBeNull(); // 'to school'
    expect(personNounMisspelling('학생이에요')).toBeNull();
    expect(personNounMisspelling('친구예요')).toBeNull();
    expect(commonMisspelling('아이예요')).toBeNull(); // 아이 + 예요, no 이예요 misspelt
    expect(commonMisspelling('학생이예요')).toBe('학생이에요');
  });
  it('knows persons, not things', () => {
    expect(isPersonNoun('부모')).toBe(true);
    expect(isPersonNoun('학생들')).toBe(true);
    expect(isPersonNoun('의자')).toBe(false);
  });
});
