import { describe, expect, it } from 'vitest';
import { IDIOMS_4 } from './idioms.data';
import { slipQueries, slipRival } from './slip-rivals';

const spellOf =
  (...words: string[]) =>
  (s: string) =>
    words.includes(s);

describe('slips of one syllable judged before the compound rules', () => {
  it('an idiom with one syllable off, with particles or 하다 after it', () => {
    expect(slipRival('사면초과', spellOf('사면초가'))).toBe('사면초가');
    expect(slipRival('아비귀환이', spellOf('아비규환'))).toBe('아비규환이');
    expect(slipRival('임기웅변으로', spellOf('임기응변'))).toBe('임기응변으로');
    // Not an idiom the dictionary lacks, not two syllables off, not a verb ending after it.
    expect(slipRival('사면초과', spellOf())).toBeNull();
    expect(slipRival('사먼초과', spellOf('사면초가'))).toBeNull();
    expect(slipRival('사면초과먹', spellOf('사면초가'))).toBeNull();
    expect(IDIOMS_4.every((w) => w.length === 4)).toBe(true);
  });

  it('a pair no word of the dictionary after a noun, one Sino-Korean confusion from a noun: 명예회손 → 명예훼손', () => {
    const spell = spellOf('명예를', '훼손을', '명예훼손');
    expect(slipRival('명예회손', spell)).toBe('명예훼손');
    // The pair a word of the dictionary (회의), or no noun before it (쇼윈도우): left to the other rules.
    expect(slipRival('명예회손', spellOf('명예를', '회손', '훼손을', '명예훼손'))).toBeNull();
    expect(slipRival('할래야', spellOf('할례', '할례야'))).toBeNull();
  });

  it('-장이/-쟁이: the one the dictionary lists where it lacks the word', () => {
    expect(slipRival('수다장이', spellOf('수다쟁이'))).toBe('수다쟁이');
    expect(slipRival('대장쟁이가', spellOf('대장장이'))).toBe('대장장이가');
    expect(slipRival('간판장이', spellOf('간판쟁이', '간판장이'))).toBeNull();
  });

  it('창란젓 → 창난젓 (ㄹ said [ㄴ] after ㅇ), and a word the rules take is no slip (창난젓, 계십시오)', () => {
    expect(slipRival('창란젓', spellOf())).toBe('창난젓');
    expect(slipRival('창난젓', spellOf('장난을'))).toBeNull();
    expect(slipRival('계십시오', spellOf('계시다', '개십시오'))).toBeNull();
  });

  it('asks the dictionary what it needs', () => {
    expect(slipQueries('사면초과')).toContain('사면초가');
    expect(slipQueries('수다장이')).toEqual(expect.arrayContaining(['수다장이', '수다쟁이']));
    expect(slipQueries('명예회손')).toEqual(expect.arrayContaining(['명예훼손', '명예를', '훼손을']));
  });
});
