import { describe, expect, it } from 'vitest';
import { isNativeSaiSiot, nativeSaiSiotQueries } from './native-sai-siot';
import { verdictFor } from './verdict';

const spellOf =
  (...words: string[]) =>
  (s: string) =>
    words.includes(s);

describe('a noun, a sai-siot and a noun (한글 맞춤법 제30항)', () => {
  it('takes 나잇대, 갈빗집을: a native noun of the dictionary and a noun with a plain initial', () => {
    expect(isNativeSaiSiot('나잇대', spellOf('나이를', '대를'))).toBe(true);
    expect(isNativeSaiSiot('갈빗집을', spellOf('갈비를', '집을'))).toBe(true);
  });

  it('takes no loanword first part, no ㅁ/ㄴ or aspirated initial, no unknown part', () => {
    expect(isNativeSaiSiot('카페라텟잔', spellOf('카페라테를', '잔을'))).toBe(false); // a listed loanword
    expect(isNativeSaiSiot('머릿말', spellOf('머리를', '말을'))).toBe(false); // ㅁ: 머리말
    expect(isNativeSaiSiot('나잇층', spellOf('나이를', '층을'))).toBe(false); // aspirated: no ㅅ needed
    expect(isNativeSaiSiot('해잇대', spellOf('대를'))).toBe(false); // 해이 is no noun here
    expect(isNativeSaiSiot('나잇대먹', spellOf('나이를', '대를'))).toBe(false);
  });

  it('takes 양칫물, 나뭇잎은: 물 and 잎, before which the ㅅ adds an ㄴ sound; not 말 or 머리', () => {
    expect(isNativeSaiSiot('양칫물', spellOf('양치를', '물을'))).toBe(true);
    expect(isNativeSaiSiot('수돗물로', spellOf('수도를', '물을'))).toBe(true);
    expect(isNativeSaiSiot('나뭇잎은', spellOf('나무를', '잎을'))).toBe(true);
    expect(isNativeSaiSiot('인삿말', spellOf('인사를', '말을'))).toBe(false);
    expect(isNativeSaiSiot('소머릿국', spellOf('소머리를', '국을'))).toBe(true); // 국: a plain initial
    expect(isNativeSaiSiot('돼짓머리', spellOf('돼지를', '머리를'))).toBe(false);
    expect(isNativeSaiSiot('양칫물', spellOf('양치를', '물을', '양치물'))).toBe(false);
  });

  it('takes no word whose form without the ㅅ the dictionary lists where the norm writes none', () => {
    // 傳貰 + 房: two Sino-Korean parts, 전세방 in the dictionary (제30항 3).
    expect(isNativeSaiSiot('전셋방', spellOf('전세를', '방을', '전세방'))).toBe(false);
    expect(isNativeSaiSiot('나잇대', spellOf('나이를', '대를', '나이대'))).toBe(false);
    // One vowel from a word of the dictionary: that word misspelt (미시 is a noun too).
    expect(isNativeSaiSiot('미싯가루', spellOf('미시를', '가루를', '미숫가루'))).toBe(false);
    expect(isNativeSaiSiot('미싯가루', spellOf('미시를', '가루를'))).toBe(true);
    // The ㅅ for the ㄷ of 제29항 (반짇고리: 바느질 + 고리).
    expect(isNativeSaiSiot('반짓고리', spellOf('반지를', '고리를', '반짇고리'))).toBe(false);
    expect(isNativeSaiSiot('반짓고리', spellOf('반지를', '고리를'))).toBe(true);
  });

  it('lets the verdict pass such a word and asks the dictionary what it needs', () => {
    const words = ['나이를', '대를'];
    expect(verdictFor('나잇대', { spell: (w) => words.includes(w), suggest: () => ['나있대'] }).ok).toBe(true);
    expect(nativeSaiSiotQueries('나잇대')).toEqual(expect.arrayContaining(['나이를', '대를']));
    expect(nativeSaiSiotQueries('나이대')).toEqual([]);
  });
});
