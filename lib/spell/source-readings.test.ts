import { describe, expect, it } from 'vitest';
import { readings } from './source-readings';
import { isTransliteration, sourceSkeletons } from './transliteration';

const heard = (word: string, source: string) => isTransliteration(word, sourceSkeletons(source));

describe('a Japanese name in Hepburn romanisation: fu is ふ, written 후', () => {
  it('hears fu as 후 in a capitalised word of kana syllables only', () => {
    expect(readings('Fuji')).toContain('huji');
    expect(heard('후지보다', 'about a month earlier than Fuji, the institute said')).toBe(true);
    expect(heard('후지입니다', "About 60 percent of Korea's apple acreage is Fuji.")).toBe(true);
    expect(heard('후쿠오카에서', 'at a plant in Fukuoka')).toBe(true);
  });
  it('not in an English word, a lower-case word, or a misspelling the name does not sound', () => {
    expect(readings('Fuller')).not.toContain('huller');
    expect(readings('Funds')).not.toContain('hunds');
    expect(readings('fuji')).not.toContain('huji');
    expect(heard('후지보다', 'the fuji apple')).toBe(false);
    expect(heard('휴지', 'earlier than Fuji')).toBe(false);
    expect(heard('후진', 'earlier than Fuji')).toBe(false);
  });
});

describe('wh in a name heard as plain w', () => {
  it('hears Kowhai as 코와이', () => {
    expect(heard('코와이', 'export director of Kowhai Orchards, a New Zealand grower')).toBe(true);
  });
  it('not in a common word, and not other vowels', () => {
    expect(readings('white')).not.toContain('wite');
    expect(heard('코와이', 'a kowhai tree')).toBe(false);
    expect(heard('코우이', 'export director of Kowhai Orchards')).toBe(false);
  });
});

describe('a Vietnamese name: a first Tr is ㅉ (Trần → 쩐)', () => {
  const anchored = (word: string, source: string) => isTransliteration(word, sourceSkeletons(source, 2));
  it('hears a capitalised Tr before a vowel as the affricate, alone or in the whole name', () => {
    expect(readings('Tran')).toContain('chan');
    expect(readings('Trinh')).toContain('chinh');
    expect(anchored('쩐', 'Tran, a welder from Hanoi, studies Korean on Sundays.')).toBe(true);
    expect(anchored('찐', 'Their manager, Trinh Thi Lan, arrived late.')).toBe(true);
    expect(heard('쩐반득', 'Tran Van Duc, 29, came to Geoje eight months ago.')).toBe(true);
  });
  it('not in a lower-case word, not read again as k or sh, and English names keep [tr]', () => {
    expect(readings('train')).not.toContain('chain');
    expect(readings('Tran')).not.toContain('kan');
    expect(readings('Tran')).not.toContain('shan');
    expect(anchored('칸', 'Tran, a welder, studies Korean.')).toBe(false);
    expect(anchored('잔', 'the train was late')).toBe(false);
    expect(heard('트럼프', 'Trump spoke on Monday.')).toBe(true);
  });
});

describe('a final -er heard as 어 and u before two consonants as 어 (tier → 티어, summer → 서머)', () => {
  const anchored = (word: string, source: string) => isTransliteration(word, sourceSkeletons(source, 2));
  it('reads them so, beside the English word', () => {
    expect(readings('tier')).toContain('tieo');
    expect(readings('summer')).toContain('seommeo');
    expect(anchored('티어가', 'His tier has not gone up this year.')).toBe(true);
    expect(anchored('서머', 'the final of the summer season')).toBe(true);
    expect(anchored('벙커', 'a bunker under the hill')).toBe(true);
  });
  it('not other vowels, and not without the word in the English', () => {
    expect(readings('tuna')).not.toContain('teona');
    expect(anchored('티어가', 'His rank has not gone up this year.')).toBe(false);
    expect(anchored('서머', 'the final of the winter season')).toBe(false);
    expect(anchored('서마', 'the final of the summer season')).toBe(false);
    expect(anchored('타워', 'the final of the summer season')).toBe(false);
  });
});
