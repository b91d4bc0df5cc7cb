import { describe, expect, it } from 'vitest';
import { compoundQueries, judgeWord } from './compound';
import { initialSoundForms, initialSoundQueries, initialSoundRival, yeolYulRival } from './initial-sound';

// A tiny dictionary: nouns with 을/를 and a few whole words.
const WORDS = new Set([
  '연초',
  '연초를',
  '연도를',
  '사업',
  '사업을',
  '사업연도',
  '노동을',
  '중노동',
  '이유를',
  '누이를',
  '인다',
  '낸드를',
  '신년도',
]);
const spell = (s: string) => WORDS.has(s);

describe('the initial-sound law (두음 법칙) left out', () => {
  it('at the start of a word or of a compound’s part, when the law’s form is a Sino-Korean noun', () => {
    expect(initialSoundRival('년초', spell)).toBe('연초');
    expect(initialSoundRival('사업년도', spell)).toBe('사업연도');
    expect(initialSoundRival('중로동', spell)).toBe('중노동'); // ㄹ before ㅗ is said ㄴ
    expect(initialSoundRival('열력학', (s) => s === '역학을')).toBe('열역학'); // the whole in the larger lexicon only
    expect(judgeWord('년초', spell)).toBe(false);
    expect(judgeWord('사업년도', spell)).toBe(false);
  });

  it('not after a number, nor an open first syllable (names), nor a part that is no Sino-Korean noun', () => {
    expect(initialSoundForms('2020년도')).toEqual([]);
    expect(initialSoundRival('2020년도', spell)).toBeNull();
    expect(initialSoundForms('리유').map((f) => f.at)).not.toContain(0); // 리암, 루이: open syllables start names
    expect(initialSoundRival('루이', spell)).toBeNull();
    expect(initialSoundRival('린다', spell)).toBeNull(); // 인다 is a verb form, no noun
    expect(initialSoundRival('랜드', spell)).toBeNull(); // 낸드 is a noun, but no Sino-Korean one
    expect(initialSoundRival('신년도', spell)).toBeNull(); // 신연도 is no word
  });

  it('not where the syllable starts a verb ending the dictionary takes with -고 or -면 (하려야: -(으)려)', () => {
    const sp =
      (...more: string[]) =>
      (s: string) =>
        ['하여야', '여야를', ...more].includes(s);
    expect(initialSoundRival('하려야', sp('하려고'))).toBeNull(); // 하려고: 려 is the ending
    expect(initialSoundRival('하려야', sp())).toBe('하여야'); // without that, the law's form
    expect(initialSoundQueries('하려야')).toEqual(expect.arrayContaining(['하려고', '하려면']));
    expect(initialSoundRival('사업년도', spell)).toBe('사업연도'); // 사업년고 is no word
  });

  it('asks the dictionary only what compoundQueries lists', () => {
    for (const w of ['년초', '사업년도', '중로동', '열력학']) {
      const asked = new Set([w, ...compoundQueries(w)]);
      for (const q of initialSoundQueries(w)) expect(asked.has(q), q).toBe(true);
    }
  });
});

describe('initialSoundRival (량/양, 란/난 after a noun: the form the dictionary lists)', () => {
  // 작업량, 강수량, 독자란 listed as nouns (with 을); 구인난 and 원료 + the topic particle 란 are not nouns in 란.
  const listed = new Set(['작업량을', '강수량을', '독자란을', '구름양을', '원료란', '원료를', '작업을', '구름을']);
  const sp = (s: string) => listed.has(s);
  it('gives the listed form for 양 after a Sino-Korean noun, 량 after a native one, 난 for 란', () => {
    expect(initialSoundRival('작업양', sp)).toBe('작업량');
    expect(initialSoundRival('강수양이', sp)).toBe('강수량이');
    expect(initialSoundRival('구름량', sp)).toBe('구름양');
    expect(initialSoundRival('독자난에', sp)).toBe('독자란에');
    expect(initialSoundQueries('작업양')).toContain('작업량을');
  });
  it('not when the other form is no listed noun (원료란 is 원료 + the topic particle), nor after one syllable or before verb endings', () => {
    for (const w of ['원료난', '취업난', '양양', '작업양했다', '김양']) expect(initialSoundRival(w, sp), w).toBeNull();
  });
});

describe('렬/률 after a vowel or ㄴ is written 열/율 (제11항 붙임 1)', () => {
  const spell = (s: string) => ['나열', '진열', '분열', '분열을', '비율', '결렬', '행렬'].includes(s);
  it('writes the dictionary’s 열/율 form for a word it refuses', () => {
    expect(yeolYulRival('나렬', spell)).toBe('나열');
    expect(yeolYulRival('진렬', spell)).toBe('진열');
    expect(yeolYulRival('분렬을', spell)).toBe('분열을');
    expect(yeolYulRival('비률', spell)).toBe('비율');
    expect(initialSoundQueries('나렬')).toContain('나열');
  });
  it('not after another final (결렬, 행렬), nor where the dictionary lacks the form (a name: 한렬)', () => {
    expect(yeolYulRival('결열', spell)).toBeNull();
    expect(yeolYulRival('행렬', spell)).toBeNull();
    expect(yeolYulRival('한렬', spell)).toBeNull();
  });
});
