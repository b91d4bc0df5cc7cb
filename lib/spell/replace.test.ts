import { describe, expect, it } from 'vitest';
import { nearestOccurrence } from './replace';

describe('nearestOccurrence', () => {
  it('finds the word at its offset', () => {
    expect(nearestOccurrence('그는 금새 돌아왔다.', '금새', 3)).toBe(3);
  });
  it('follows the word when text was typed before it since the check', () => {
    expect(nearestOccurrence('어제 그는 금새 돌아왔다.', '금새', 3)).toBe(6);
  });
  it('takes the occurrence nearest the offset', () => {
    const text = '금새 왔고 또 금새 갔다';
    expect(nearestOccurrence(text, '금새', 0)).toBe(0);
    expect(nearestOccurrence(text, '금새', 9)).toBe(8);
  });
  it('only whole words: not inside a longer word', () => {
    expect(nearestOccurrence('금새로운 것', '금새', 0)).toBe(-1);
    expect(nearestOccurrence('지금새 것', '금새', 0)).toBe(-1);
  });
  it('a Hangul run glued to Latin is a word of its own', () => {
    expect(nearestOccurrence('세계식량게획WFP는', '세계식량게획', 0)).toBe(0);
  });
  it('-1 when the word is gone', () => {
    expect(nearestOccurrence('그는 금세 돌아왔다.', '금새', 3)).toBe(-1);
    expect(nearestOccurrence('abc', '', 0)).toBe(-1);
  });
});
