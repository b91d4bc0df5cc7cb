import { describe, expect, it } from 'vitest';
import { phraseConsistencyCheck } from './phrase-consistency';
import { ctxFor, seg } from './testing';
import type { QaTerm } from './types';

const docOf = (pairs: [string, string][]) => pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }));
const issuesOf = (pairs: [string, string][], terms: QaTerm[] = []) =>
  [...phraseConsistencyCheck.run(docOf(pairs), ctxFor(terms))].flatMap(([id, issues]) => issues.map((i) => ({ id, ...i })));
const flagged = (pairs: [string, string][], terms: QaTerm[] = []) => issuesOf(pairs, terms).map((i) => `${i.id} ${i.key}`);

describe('phrase-consistency: news Korean synonyms for one English word (phrase-news-synonyms.data.ts)', () => {
  const drones = [
    ['The army flew drones over the border.', '군은 국경 상공에 무인기를 띄웠다.'],
    ['Two drones crashed on Tuesday.', '화요일에 무인기 두 대가 추락했다.'],
    ['The drones carried cameras.', '무인기에는 카메라가 달려 있었다.'],
  ] as [string, string][];
  it('flags a loanword where the other segments write the Korean word for the same English word', () => {
    const got = issuesOf([...drones, ['The drones flew at night.', '드론은 밤에 날았다.']]);
    expect(got.map((i) => `${i.id} ${i.key}`)).toEqual(['s3 phrase-consistency:drone']);
    // The message names both renderings and the English word; the span is on the odd one.
    expect(got[0]!.message).toContain('드론');
    expect(got[0]!.message).toContain('무인기');
    expect(got[0]!.targetSpan?.start).toBe(0);
  });
  it('flags a Sino-Korean synonym sharing a morpheme and a native word beside its Sino-Korean one', () => {
    const subway = [
      ['Subway fares rise next month.', '지하철 요금이 다음 달 오른다.'],
      ['The subway operator lost money.', '지하철 운영사는 손실을 냈다.'],
    ] as [string, string][];
    expect(flagged([...subway, ['The subway runs until 1 a.m.', '전철은 새벽 1시까지 다닌다.']])).toEqual(['s2 phrase-consistency:subway']);
    const placebo = [
      ['Patients on placebo declined faster.', '위약을 투여받은 환자는 더 빨리 나빠졌다.'],
      ['The placebo group had 800 patients.', '위약군은 800명이었다.'],
    ] as [string, string][];
    expect(flagged([...placebo, ['Compared with placebo, it slowed decline.', '가짜약과 비교해 저하를 늦췄다.']])).toEqual([
      's2 phrase-consistency:placebo',
    ]);
  });
  it('is silent on the same word, on the second word for another English word, and on a word other segments use too', () => {
    expect(flagged([...drones, ['The drones flew at night.', '무인기는 밤에 날았다.']])).toEqual([]);
    // 드론 for “quadcopter”: another English word, another choice.
    expect(flagged([...drones, ['A quadcopter filmed it.', '드론 한 대가 이를 찍었다.']])).toEqual([]);
    // 여객 inside 여객선 and 여객터미널 elsewhere: the document's own word, not a slip.
    expect(
      flagged([
        ['Passengers boarded at nine.', '승객들은 9시에 탔다.'],
        ['It carries 600 passengers.', '승객 600명을 태운다.'],
        ['The old passenger ship retired.', '낡은 여객선이 퇴역했다.'],
        ['A new passenger terminal opens.', '새 여객터미널이 문을 연다.'],
        ['Passengers rose 7%.', '여객은 7% 늘었다.'],
      ]),
    ).toEqual([]);
  });
});

describe('phrase-consistency: a glossary term written with one part swapped for a synonym', () => {
  const terms: QaTerm[] = [{ source: 'Great Train Express', target: '수도권광역급행철도', kind: 'TERM' }];
  const doc = [
    ['The GTX line opened to passengers.', '수도권광역급행철도(GTX) A노선이 개통했다.'],
    ['It is the first of the Great Train Express lines.', '수도권광역급행철도 가운데 첫 노선이다.'],
    ['Trains reach 180 km/h.', '열차는 최고 시속 180㎞로 달린다.'],
  ] as [string, string][];
  it('names the glossary term, not another word the segments share', () => {
    const odd: [string, string] = ['It is the first of the Great Train Express lines.', '수도권광역고속철도 가운데 첫 노선이다.'];
    const got = issuesOf([doc[0]!, odd, doc[2]!], terms);
    expect(got.map((i) => `${i.id} ${i.key}`)).toEqual(['s1 phrase-consistency:great train express']);
    expect(got[0]!.message).toContain('수도권광역고속철도');
    expect(got[0]!.message).toContain('수도권광역급행철도');
  });
  it('is silent when the term is written as the glossary has it, or nowhere else in the document', () => {
    expect(flagged(doc, terms)).toEqual([]);
    expect(
      flagged([['It is the first of the Great Train Express lines.', '수도권광역고속철도 가운데 첫 노선이다.'], doc[2]!], terms),
    ).toEqual([]);
  });
});

describe('phrase-consistency: a second word the document uses elsewhere for another English word', () => {
  const rain = [
    ['Heavy rain damaged crops.', '폭우로 농작물이 피해를 입었다.'],
    ['Extreme rainfall has tripled.', '극한 호우의 빈도가 세 배로 늘었다.'],
    ['More heavy rain is expected.', '폭우가 더 올 것으로 보인다.'],
  ] as [string, string][];
  it('flags it where every other segment of the same two English words writes the usual word', () => {
    expect(flagged([...rain, ['The heavy rain in July followed a drought.', '7월 호우가 가뭄에 이어 닥쳤다.']])).toEqual([
      's3 phrase-consistency:heavy rain',
    ]);
    expect(flagged([...rain, ['The heavy rain in July followed a drought.', '7월 폭우가 가뭄에 이어 닥쳤다.']])).toEqual([]);
  });
  it('for one English word, only where three other segments or more write the usual word', () => {
    const commute = [
      ['She commutes from Dongtan.', '동탄에서 출퇴근하는 임 씨는 말했다.'],
      ['Workers who commute from the suburbs pay most.', '외곽에서 출퇴근하는 노동자가 가장 많이 낸다.'],
      ['Time is what commuters value most.', '통근자가 가장 중시하는 것은 시간이다.'],
    ] as [string, string][];
    const odd: [string, string] = ['A million commute into Seoul.', '100만 명이 서울로 통근한다.'];
    const third: [string, string] = ['Drivers who switch for the daily commute cut CO2.', '승용차로 출퇴근하던 사람이 갈아타면 줄어든다.'];
    expect(flagged([...commute, third, odd])).toEqual(['s4 phrase-consistency:commute']);
    // Two other segments only: 통근 is the document's word too (통근자), one choice among two.
    expect(flagged([...commute, odd])).toEqual([]);
  });
});

describe('phrase-consistency: arts and heritage synonyms, and group nouns that end like a verb (족자, 도록)', () => {
  const scroll = [
    ['The scroll left Korea in 1920.', '이 두루마리는 1920년 한국을 떠났다.'],
    ['The scroll is five metres long.', '두루마리는 길이가 5m에 이른다.'],
    ['Conservators unrolled the scroll.', '보존 전문가들이 두루마리를 펼쳤다.'],
  ] as [string, string][];
  it('flags a hanging scroll (족자) where the document writes a handscroll (두루마리) for one “scroll”', () => {
    expect(flagged([...scroll, ['The gallery will show the scroll in May.', '미술관은 5월에 이 족자를 공개한다.']])).toEqual([
      's3 phrase-consistency:scroll',
    ]);
  });
  it('flags 입장권 for the tickets the document calls 관람권', () => {
    expect(
      flagged([
        ['Tickets went on sale on Monday.', '관람권은 월요일 판매를 시작했다.'],
        ['The tickets sold out in an hour.', '관람권은 한 시간 만에 매진됐다.'],
        ['A woman bought tickets for her sons.', '한 여성은 아들들과 함께 볼 입장권을 샀다.'],
      ]),
    ).toEqual(['s2 phrase-consistency:ticket']);
  });
  it('is silent where the document keeps one word, and where the other word renders another English word', () => {
    // Five correct everyday sentences with 족자 and 도록, each kept throughout.
    const hanging = [
      ['A hanging scroll hung in the hall.', '대청에는 족자 하나가 걸려 있었다.'],
      ['The scroll shows plum blossoms.', '족자에는 매화가 그려져 있다.'],
      ['He rolled up the scroll.', '그는 족자를 말아 올렸다.'],
      ['The scroll was a wedding gift.', '이 족자는 결혼 선물이었다.'],
      ['The catalogue lists the scroll.', '도록에도 이 족자가 실려 있다.'],
    ] as [string, string][];
    expect(flagged(hanging)).toEqual([]);
    expect(
      flagged([
        ['The catalogue has 300 pages.', '도록은 300쪽에 이른다.'],
        ['The catalogue sold out.', '도록은 매진됐다.'],
        ['Buyers ordered the catalogue online.', '구매자들은 도록을 온라인으로 주문했다.'],
        ['Visitors may buy the catalogue so they can study it.', '관람객은 자세히 볼 수 있도록 도록을 살 수 있다.'],
      ]),
    ).toEqual([]);
    // 족자 for a hanging scroll, 두루마리 for a handscroll: two English words, two objects.
    expect(flagged([...scroll, ['A hanging scroll hung beside it.', '그 옆에는 족자가 걸려 있었다.']])).toEqual([]);
    // One word throughout, a qualifier or not (a second scroll): nothing to report.
    expect(flagged([...scroll, ['The museum bought a second scroll.', '박물관은 두 번째 두루마리를 사들였다.']])).toEqual([]);
  });
});
