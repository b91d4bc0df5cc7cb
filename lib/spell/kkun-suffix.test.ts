import { describe, expect, it } from 'vitest';
import { kkunRival, kkunRivalQueries } from './kkun-suffix';

// A small dictionary: nouns (with 을/를) and the 꾼 forms it lists.
const ACCEPTED = new Set([
  '사냥을',
  '노름을',
  '구경을',
  '심부름을',
  '반란을',
  '연합을',
  '지원을',
  '양평을',
  '증후를',
  '사냥꾼',
  '노름꾼',
  '구경꾼',
  '심부름꾼',
  '일꾼',
  '장꾼',
]);
const spell = (s: string) => ACCEPTED.has(s);

describe('-꾼 written -군 in a word the dictionary accepts (kkun-suffix.ts)', () => {
  it('gives the 꾼 form, with the particles, when the dictionary lists the noun with 꾼', () => {
    expect(kkunRival('사냥군', spell)).toBe('사냥꾼');
    expect(kkunRival('노름군이', spell)).toBe('노름꾼이');
    expect(kkunRival('구경군들은', spell)).toBe('구경꾼들은');
    expect(kkunRival('심부름군이다', spell)).toBe('심부름꾼이다');
  });
  it('leaves a Sino-Korean 군 (軍, 群, 郡) whose noun has no 꾼 form, and one-syllable nouns', () => {
    expect(kkunRival('반란군이', spell)).toBeNull();
    expect(kkunRival('연합군', spell)).toBeNull();
    expect(kkunRival('지원군을', spell)).toBeNull();
    expect(kkunRival('양평군', spell)).toBeNull();
    expect(kkunRival('증후군', spell)).toBeNull();
    expect(kkunRival('일군', spell)).toBeNull(); // 일꾼 is listed, but a one-syllable noun is left alone
    expect(kkunRival('장군', spell)).toBeNull();
  });
  it('leaves 군 before anything but particles (군대, 군수), and words without 군', () => {
    expect(kkunRival('사냥군대', spell)).toBeNull();
    expect(kkunRival('구경군수', spell)).toBeNull();
    expect(kkunRival('사냥꾼', spell)).toBeNull();
    expect(kkunRival('구경', spell)).toBeNull();
  });
  it('asks the dictionary for the noun and its 꾼 form', () => {
    expect(kkunRivalQueries('사냥군이')).toEqual(expect.arrayContaining(['사냥을', '사냥를', '사냥꾼']));
  });
});
