import { describe, expect, it } from 'vitest';
import { isHepburn, isPinyin, isRomanisedKorean, isRomanisedName } from './romanised-shapes';

describe('romanised name shapes', () => {
  it('reads Korean, pinyin and Hepburn romanisations', () => {
    for (const w of ['Kaesong', 'Pyongyang', 'Ulsan', 'Lee']) expect(isRomanisedKorean(w)).toBe(true);
    for (const w of ['Qingdao', 'Shenzhen', 'Zhou Jianping', 'Li Wei', 'Jiangxi', 'Xiamen']) expect(isPinyin(w)).toBe(true);
    for (const w of ['Fukuoka', 'Hokkaido', 'Kenji Takeda', 'Tokyo', 'Nikkei']) expect(isHepburn(w)).toBe(true);
    for (const w of ['Qingdao', 'Fukuoka', 'Kaesong', 'Li Wei']) expect(isRomanisedName(w)).toBe(true);
  });
  it('does not read English words and brands as names', () => {
    for (const w of ['Arm', 'Reuters', 'Fed', 'Washington', 'Trump', 'SoftBank', 'Powell', 'Federal', 'State Department'])
      expect(isRomanisedName(w)).toBe(false);
    expect(isPinyin('Fukuoka Kaesong')).toBe(false);
    expect(isHepburn('Qingdao')).toBe(false);
  });
});
