import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { nearFormFindings, swapped } from './phrase-near-forms';
import { dropsPortfolio, ministryPortfolios } from './phrase-ministries';
import { seg } from './testing';

const flagged = (pairs: [string, string][]) =>
  runDocumentChecks(pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }))).flatMap((r) =>
    r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.key}`),
  );

describe('phrase-consistency: a near form of a settled rendering, anchored by the English word', () => {
  it('reads one swapped syllable (four syllables or more; three with the first consonant kept)', () => {
    expect(swapped('육아휴직', '육아휴가')).toBe(true);
    expect(swapped('출산율', '출생률')).toBe(true);
    expect(swapped('한라면세점', '할라면세점', true)).toBe(true);
    // Another first consonant in three syllables, two syllables, two swaps, or more than a letter.
    expect(swapped('상반기', '하반기')).toBe(false);
    expect(swapped('내국인', '외국인')).toBe(false);
    expect(swapped('수입', '수출')).toBe(false);
    expect(swapped('무사증', '무비자')).toBe(false);
    expect(swapped('서울중앙지검', '서울중앙지법', true)).toBe(false);
  });

  const RATE = (last: string): [string, string][] => [
    ['The fertility rate fell again.', '출산율이 또 떨어졌다.'],
    ['The rate was 0.72 in the third quarter.', '3분기 출산율은 0.72명이었다.'],
    ['Officials hope the rate will recover.', '당국은 출산율이 회복되기를 기대한다.'],
    ["Korea's rate is the lowest in the OECD.", `한국의 ${last}은 경제협력개발기구(OECD)에서 가장 낮다.`],
  ];

  it('flags the segment whose rendering of the word is a near form of the others', () => {
    expect(flagged(RATE('출생률'))).toContain('s3 phrase-consistency:rate');
  });

  it('does not flag the settled rendering, or another word', () => {
    expect(flagged(RATE('출산율'))).toEqual([]);
    expect(flagged(RATE('수치'))).toEqual([]);
  });

  const NAME = (second: string, en = 'Halla Duty Free'): [string, string][] => [
    [`${en} said its sales rose.`, '한라면세점은 매출이 늘었다고 밝혔다.'],
    ['Prices went up across the island.', '섬 전체에서 물가가 올랐다.'],
    [`"Sales are strong," said the chief of ${en}.`, `${second} 대표는 “매출이 좋다”고 말했다.`],
  ];

  const near = (pairs: [string, string][]) =>
    nearFormFindings(pairs.map(([sourceText, targetText], i) => ({ id: `s${i}`, sourceText, targetText }))).map(
      (f) => `${f.segmentId} ${f.english} ${f.variant}/${f.usual}`,
    );

  it('flags a name seen once each way when the later one changes a letter', () => {
    expect(near(NAME('할라면세점'))).toEqual(['s2 halla 할라면세점/한라면세점']);
  });

  it('does not flag the same name, a lowercase word seen once each way, or the earlier segment', () => {
    expect(near(NAME('한라면세점'))).toEqual([]);
    expect(near(NAME('할라면세점', 'the halla shop'))).toEqual([]);
    expect(near([NAME('할라면세점')[2]!, NAME('')[1]!, NAME('')[0]!])).toEqual(['s2 duty 한라면세점/할라면세점']);
  });
});

describe('phrase-consistency: a ministry under an older or shortened name', () => {
  const mc = ministryPortfolios('a director at the Ministry of Culture, Sports and Tourism said')[0]!;
  const el = ministryPortfolios('Minister of Employment and Labor Jung said')[0]!;
  const ti = ministryPortfolios('the Ministry of Trade, Industry and Energy said')[0]!;

  it('reads a portfolio left out before one kept whole, or one portfolio alone after another', () => {
    expect(dropsPortfolio('문화관광부', mc)).toBe(true);
    expect(dropsPortfolio('노동부', el, ['고용노동부'])).toBe(true);
  });

  it('keeps the full name and the abbreviations silent', () => {
    expect(dropsPortfolio('문화체육관광부', mc)).toBe(false);
    expect(dropsPortfolio('문체부', mc)).toBe(false);
    expect(dropsPortfolio('고용부', el, ['고용노동부'])).toBe(false);
    expect(dropsPortfolio('산업통상자원부', ti)).toBe(false);
    expect(dropsPortfolio('산업부', ti, ['산업통상자원부'])).toBe(false);
  });

  it('flags the older name in a document and not the current one', () => {
    const doc = (name: string): [string, string][] => [
      ['Moon, a director at the Ministry of Culture, Sports and Tourism, spoke.', `${name} 문 국장이 말했다.`],
      ['The ministry wants more visitors.', '문체부는 관광객을 늘리려 한다.'],
    ];
    expect(flagged(doc('문화관광부'))).toContain('s0 phrase-consistency:ministry');
    expect(flagged(doc('문화체육관광부'))).toEqual([]);
  });
});

describe('phrase-consistency: word pairs and an English word written in Hangul beside its translation', () => {
  const near = (pairs: [string, string][]) =>
    nearFormFindings(pairs.map(([sourceText, targetText], i) => ({ id: `s${i}`, sourceText, targetText }))).map(
      (f) => `${f.segmentId} ${f.variant}/${f.usual}`,
    );
  const LEAVE = (last: string): [string, string][] => [
    ['Parental leave is now paid.', '육아휴직은 이제 유급이다.'],
    ['Fathers rarely take parental leave.', '아빠들은 육아휴직을 거의 쓰지 않는다.'],
    ['Parental leave pay rises next year.', `${last} 급여가 내년에 오른다.`],
  ];

  it('reads two words side by side as one near form (육아 휴가 beside 육아휴직)', () => {
    expect(near(LEAVE('육아 휴가'))).toEqual(['s2 육아휴가/육아휴직']);
  });

  it('is silent on the settled form and on a pair that is no near form', () => {
    expect(near(LEAVE('육아휴직'))).toEqual([]);
    expect(near(LEAVE('부모 휴가'))).toEqual([]);
  });

  const SHOPS = (second: string, en = 'the airport duty-free shops'): [string, string][] => [
    [`The duty-free operator said ${en} are busy.`, `면세점 운영사는 공항 ${second}가 붐빈다고 했다.`],
    ['Halla Duty Free said sales rose.', '한라면세점은 매출이 늘었다고 밝혔다.'],
  ];

  it('flags the English word written in Hangul beside its translation in one sentence', () => {
    expect(near(SHOPS('듀티프리'))).toEqual(['s0 듀티프리/면세점']);
  });

  it('is silent on the translation twice, and on a word the sentence says once', () => {
    expect(near(SHOPS('면세점'))).toEqual([]);
    expect(near(SHOPS('듀티프리', 'the airport shops'))).toEqual([]);
  });
});
