import { describe, expect, it } from 'vitest';
import { verbSlipQueries, verbSlipRival } from './verb-slips';

const DICT = new Set([
  '줍다',
  '주워',
  '눕다',
  '누워서',
  '돕다',
  '도와',
  '버무리다',
  '버무려',
  '버무렸다',
  '섞다',
  '섞어서',
  '볶다',
  '볶아',
  '하려고',
  '보려고',
  '알다',
  '알려나',
  '흘리다',
  '흘려나',
  '만들다',
  '놀다',
  '웃다',
  '가물다',
]);
const spell = (s: string) => DICT.has(s);

describe('verbSlipRival (verb forms written as heard)', () => {
  it('writes a ㅂ-irregular stem said with ㅅ as 워 / 와', () => {
    expect(verbSlipRival('줏어', spell)).toBe('주워');
    expect(verbSlipRival('눗어서', spell)).toBe('누워서');
    expect(verbSlipRival('돗아', spell)).toBe('도와');
  });
  it('writes a -리다 stem said short as 려', () => {
    expect(verbSlipRival('버물어', spell)).toBe('버무려');
    expect(verbSlipRival('버물었다', spell)).toBe('버무렸다');
  });
  it('writes a stem’s ㄲ written ㄱ before a vowel', () => {
    expect(verbSlipRival('석어서', spell)).toBe('섞어서');
    expect(verbSlipRival('복아', spell)).toBe('볶아');
  });
  it('drops the ㄹ of -ㄹ려', () => {
    expect(verbSlipRival('할려나', spell)).toBe('하려나');
    expect(verbSlipRival('볼려고', spell)).toBe('보려고');
  });
  it('leaves a ㄹ-stem’s and a -리다 verb’s -려 alone, and a form or verb the dictionary lacks', () => {
    expect(verbSlipRival('알려나', spell)).toBeNull();
    expect(verbSlipRival('흘려나', spell)).toBeNull();
    expect(verbSlipRival('만들려고', spell)).toBeNull();
    expect(verbSlipRival('놀려고', spell)).toBeNull();
    expect(verbSlipRival('웃어', spell)).toBeNull();
    // 짓었다 is ㅅ-irregular 짓다's 지었다 misspelt, not 집다's 지웠다.
    expect(verbSlipRival('짓었다', spell)).toBeNull();
    expect(verbSlipRival('가물어', spell)).toBeNull();
    expect(verbSlipRival('낙어', spell)).toBeNull();
    expect(verbSlipRival('할려', spell)).toBeNull();
  });
  it('writes -어 after a ㅏ/ㅗ stem with a final as -아 (찾어요 → 찾아요)', () => {
    const sp = (w: string) => ['찾다', '찾아요', '받다', '받아서', '녹다', '녹았다', '먹다', '먹어요'].includes(w);
    expect(verbSlipRival('찾어요', sp)).toBe('찾아요');
    expect(verbSlipRival('받어서', sp)).toBe('받아서');
    expect(verbSlipRival('녹었다', sp)).toBe('녹았다');
    // Not after another vowel (먹어요), a stem with no final (가어), nor where the dictionary lacks the form.
    expect(verbSlipRival('먹어요', sp)).toBeNull();
    expect(verbSlipRival('찾어서', sp)).toBeNull();
    expect(verbSlipRival('잡어요', sp)).toBeNull();
  });
  it('asks the dictionary only about the forms and verbs it checks', () => {
    expect(verbSlipQueries('할려나')).toEqual(expect.arrayContaining(['하려나', '하려고', '할다', '할리다']));
    expect(verbSlipQueries('줏어')).toEqual(expect.arrayContaining(['주워', '줍다']));
  });
});
