import { describe, expect, it } from 'vitest';
import { giCompoundQueries, isGiCompound, ppaegiRival } from './gi-compounds';
import { verdictFor } from './verdict';

const spellOf =
  (...words: string[]) =>
  (s: string) =>
    words.includes(s);

describe('a noun and a verb’s -기 form (채낚기)', () => {
  const spell = spellOf('채를', '낚다', '낚기', '낚는', '줄을', '넘다', '넘기', '넘는');
  it('takes a noun, a stem the dictionary takes with -다 and -기, and particles', () => {
    expect(isGiCompound('채낚기', spell)).toBe(true);
    expect(isGiCompound('채낚기를', spell)).toBe(true);
    expect(isGiCompound('채낚기로', spell)).toBe(true);
    expect(isGiCompound('줄넘기는', spell)).toBe(true);
  });
  it('takes no unknown head or stem, and no verb ending after -기', () => {
    expect(isGiCompound('뭉낚기', spell)).toBe(false); // no noun 뭉
    expect(isGiCompound('채닦기', spell)).toBe(false); // no verb 닦다 in this dictionary
    expect(isGiCompound('채낚기했다', spell)).toBe(false);
  });
  it('takes no stem ending in a vowel, whose -는 and -다 a noun takes too (살고기 is 살코기 misspelt)', () => {
    expect(isGiCompound('살고기', spellOf('살을', '고다', '고기', '고는'))).toBe(false);
    expect(isGiCompound('덤테기', spellOf('덤을', '테다', '테기', '테는'))).toBe(false);
    expect(isGiCompound('채낚기', spellOf('채를', '낚다', '낚기'))).toBe(false); // no 낚는: no verb
  });
  it('takes no word whose -이 form the dictionary lists (떡볶기 → 떡볶이)', () => {
    const s = spellOf('떡을', '볶다', '볶기', '볶는', '떡볶이');
    expect(isGiCompound('떡볶기', s)).toBe(false);
    expect(isGiCompound('떡볶기', spellOf('떡을', '볶다', '볶기', '볶는'))).toBe(true);
  });
  it('takes no word one style-guide confusion from a word of the dictionary (풋나기 → 풋내기)', () => {
    expect(isGiCompound('계낚기', spellOf('계를', '낚다', '낚기', '낚는', '게낚기'))).toBe(false); // ㅖ for ㅔ
    expect(isGiCompound('계낚기', spellOf('계를', '낚다', '낚기', '낚는'))).toBe(true);
  });
  it('asks the dictionary what it needs', () => {
    expect(giCompoundQueries('채낚기')).toEqual(expect.arrayContaining(['채를', '낚다', '낚기', '낚는', '채낚이']));
    expect(giCompoundQueries('사과')).toEqual([]);
  });
});

describe('-배기 said [빼기] is written -빼기 (한글 맞춤법 제54항)', () => {
  const spell = spellOf('얼룩을', '배다', '배기', '얼룩빼기', '얼룩빼기를', '나이배기');
  it('after an obstruent final, where the dictionary lists the -빼기 form', () => {
    expect(ppaegiRival('얼룩배기', spell)).toBe('얼룩빼기');
    expect(ppaegiRival('얼룩배기를', spell)).toBe('얼룩빼기를');
    expect(isGiCompound('얼룩배기', spell)).toBe(false);
  });
  it('not after a vowel or a sonorant, nor where the dictionary lacks the -빼기 form', () => {
    expect(ppaegiRival('나이배기', spell)).toBeNull();
    expect(ppaegiRival('살배기', spellOf('살빼기'))).toBeNull(); // ㄹ: said [배기]
    expect(ppaegiRival('목배기', spell)).toBeNull();
  });
  it('the verdict flags 얼룩배기 with 얼룩빼기 first and takes 채낚기', () => {
    const dict = { spell, suggest: () => ['얼룩 배기'] };
    expect(verdictFor('얼룩배기', dict)).toMatchObject({ ok: false, suggestions: ['얼룩빼기', '얼룩 배기'] });
    const squid = { spell: spellOf('채를', '낚다', '낚기', '낚는'), suggest: () => ['채 낚기'] };
    expect(verdictFor('채낚기', squid).ok).toBe(true);
  });
});
