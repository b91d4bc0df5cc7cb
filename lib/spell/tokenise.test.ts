import { describe, expect, it } from 'vitest';
import { spellTokens } from './tokenise';

const words = (t: string) => spellTokens(t).map((x) => x.word);

describe('spellTokens', () => {
  it('keeps Hangul words and strips punctuation, quotes and brackets', () => {
    expect(words('“그는 ‘금새’ 돌아왔다.” (확인)')).toEqual(['그는', '금새', '돌아왔다', '확인']);
    expect(spellTokens('가 나다')).toEqual([
      { word: '가', start: 0, end: 1, glossed: false },
      { word: '나다', start: 2, end: 4, glossed: false },
    ]);
  });
  it('skips counters and particles glued after numbers, Latin runs and units', () => {
    expect(words('2차 회의는 3분의 1, 1천300곳, 6.2%에 달해 97.8GW로, KPX는 7㎡도 COVID-19에')).toEqual(['회의는', '달해']);
    expect(words('제11차 계획')).toEqual(['계획']);
  });
  it('keeps a Hangul word glued before a Latin run, and marks words glossed with a bracket', () => {
    expect(words('세계식량계획WFP을')).toEqual(['세계식량계획']);
    const t = spellTokens('전력거래소(KPX)는 이순자(78) 씨');
    expect(t.map((x) => [x.word, x.glossed])).toEqual([
      ['전력거래소', true],
      ['이순자', true],
      ['씨', false],
    ]);
  });
  it('skips jamo and Latin-only text', () => {
    expect(words('ㅋㅋ 좋다 OK')).toEqual(['좋다']);
    expect(words('Plain English only.')).toEqual([]);
  });
});
