import { describe, expect, it } from 'vitest';
import { hepburnToHangul, pinyinToHangul } from './east-asian-names';

describe('Chinese and Japanese names in Hangul (외래어 표기법)', () => {
  it('writes pinyin as the Korean orthography does', () => {
    const cases: Record<string, string> = {
      Qingdao: '칭다오',
      Tianjin: '톈진',
      Dalian: '다롄',
      Shenzhen: '선전',
      Zhou: '저우',
      Jianping: '젠핑',
      Xiamen: '샤먼',
      Guangdong: '광둥',
      Jiangxi: '장시',
      Shanghai: '상하이',
      Xi: '시',
      Jinping: '진핑',
      Liu: '류',
      Xue: '쉐',
      Juan: '쥐안',
      Guo: '궈',
      Hui: '후이',
      Wei: '웨이',
      Zi: '쯔',
      Shi: '스',
    };
    for (const [py, ko] of Object.entries(cases)) expect(pinyinToHangul(py)).toBe(ko);
  });
  it('writes Hepburn as the Korean orthography does (plain k/t at the start, ㅅ for a doubled consonant)', () => {
    const cases: Record<string, string> = {
      Tokyo: '도쿄',
      Osaka: '오사카',
      Fukuoka: '후쿠오카',
      Hokkaido: '홋카이도',
      Takeda: '다케다',
      Kenji: '겐지',
      Kyoto: '교토',
      Nikkei: '닛케이',
      Sapporo: '삿포로',
      Tsushima: '쓰시마',
      Chiba: '지바',
      Kitakyushu: '기타큐슈',
      Shinzo: '신조',
      Katsunobu: '가쓰노부',
      Niigata: '니가타',
    };
    for (const [ja, ko] of Object.entries(cases)) expect(hepburnToHangul(ja)).toBe(ko);
  });
  it('returns null for what the romanisation cannot spell', () => {
    for (const w of ['Finance', 'Washington', 'Trump', 'Bong']) expect(pinyinToHangul(w)).toBeNull();
    for (const w of ['Washington', 'Trump', 'Seoul', 'Ohtani']) expect(hepburnToHangul(w)).toBeNull();
  });
});
