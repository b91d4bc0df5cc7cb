import { describe, expect, it } from 'vitest';
import { particleAgreementCheck } from './particle-agreement';
import { copulaSlips, percentCopulaSlips, presentCopulaSlips, quotedCopulaSlips, quotedOpenCopulaSlips } from './particle-copula';
import { findNounParticleMismatches, nounLookup, particleEvidence } from './particle-nouns';
import { keys, runOne } from './testing';

describe('the copula after a counter or unit', () => {
  it('flags 였 for 이었 after a closed counter or a unit apart from an amount', () => {
    expect(copulaSlips('지난해 그의 연봉은 5억2000만 원였다.').map((s) => `${s.stem}${s.found}>${s.expected}`)).toEqual([
      '5억2000만 원였다>이었다',
    ]);
    expect(copulaSlips('임기는 3년였고, 참가자는 15명였던').map((s) => s.found)).toEqual(['였고', '였던']);
  });
  it('leaves the copula after an open syllable and verbs in -이다 alone', () => {
    expect(copulaSlips('5억2000만 원이었다. 144경기였다. 문제였다.')).toEqual([]);
    expect(copulaSlips('금리를 높였다. 비용을 줄였다. 3년 전 그를 속였다. 2000만 원 늘였다')).toEqual([]);
  });
  it('is reported by the particle-agreement check', () => {
    expect(keys(runOne(particleAgreementCheck, 'x', '그의 연봉은 5억2000만 원였다.'))).toEqual(['particle-agreement:5억2000만 원였다']);
  });
});

describe('the departments 내과, 외과, 치과', () => {
  const find3 = (t: string) =>
    findNounParticleMismatches(t, nounLookup([t]), particleEvidence([t]), t).map((m) => `${m.stem}${m.found}>${m.expected}`);
  it('reads a word of three syllables ending in one as a noun and a wrong 과', () => {
    expect(find3('그는 아내과 함께 건너간다')).toEqual(['아내과>와']);
    expect(find3('국내과 해외에서')).toEqual(['국내과>와']);
  });
  it('leaves the departments and the compounds of a longer speciality alone', () => {
    expect(find3('내과, 외과, 치과, 신장내과, 정형외과, 소아치과, 소아과에 들렀다')).toEqual([]);
  });
});

describe('the copula after a quotation ending on a noun', () => {
  it('flags 라며, 라고, 라는 for 이라며, 이라고, 이라는 after a closed syllable', () => {
    expect(quotedCopulaSlips('그는 “OECD 평균의 절반 수준”라며 반대했다').map((s) => `${s.stem}${s.found}>${s.expected}`)).toEqual([
      '수준”라며>이라며',
    ]);
    expect(quotedCopulaSlips('“서민 증세 정책”라고 했고 ‘무임승차 손실’라는 말').map((s) => s.found)).toEqual(['라고', '라는']);
    expect(keys(runOne(particleAgreementCheck, 'x', '성 국장은 “절반 수준”라며 말했다'))).toEqual(['particle-agreement:수준”라며']);
  });
  it('leaves the copula after an open syllable, 이 kept, and sentences ending closed alone', () => {
    expect(quotedCopulaSlips('“절반 수준”이라며 “요금을 올리겠다”라고 “정부 책임”이라는 “GTX”라며')).toEqual([]);
    expect(quotedCopulaSlips('“내가 먼저 할걸”이라며 “원래 그렇거든”라고 “잘 해보렴”라며')).toEqual([]);
  });
});

describe('the copula after a percentage', () => {
  it('flags 이었 for 였 after % (53.7%이었다 → 53.7%였다)', () => {
    expect(keys(runOne(particleAgreementCheck, 'x', '최종 투표율은 마포을이 53.7%이었다.'))).toEqual(['particle-agreement:53.7%이었다']);
    expect(percentCopulaSlips('지지율은 42%이었고').map((s) => s.expected)).toEqual(['였고']);
  });
  it('leaves 53.7%였다, a bare number and a verb alone', () => {
    expect(percentCopulaSlips('최종 투표율은 53.7%였다. 득표는 10이었다. 아이를 먹이었다.')).toEqual([]);
  });
});

describe('the present copula after a counter, and 이라는 after an open syllable across a closing mark', () => {
  const show = (xs: { stem: string; found: string; expected: string }[]) => xs.map((s) => `${s.stem}${s.found}>${s.expected}`);
  it('flags 이 dropped after a number and a closed counter (1200명고, 3년며, 17건다)', () => {
    expect(show(presentCopulaSlips('올해 입장객은 1200명고, 지난해보다 늘었다.'))).toEqual(['1200명고>이고']);
    expect(show(presentCopulaSlips('임기는 3년며 한 번 연임할 수 있다.'))).toEqual(['3년며>이며']);
    expect(show(presentCopulaSlips('신고는 모두 17건다.'))).toEqual(['17건다>이다']);
    expect(show(presentCopulaSlips('피해액은 300억원라고 밝혔다.'))).toEqual(['300억원라고>이라고']);
  });
  it('leaves correct sentences with numbers, counters and 고/며/다 alone', () => {
    for (const ok of [
      '올해 입장객은 1200명이고, 지난해보다 늘었다.',
      '평균 나이는 61세였고 62%가 여성이었다.',
      '3배다. 2위다. 5차다.',
      '3년 만에 다시 문을 열었다.',
      '10일 오후 3시 30분 회의를 열고 안건을 다뤘다.',
      '2명은 다쳤고 1명은 숨졌다.',
      '4강에 오르며 이름을 알렸다.',
      '한국은 1승 1패로 조 2위다.',
      '점수는 3점이며 가장 높다.',
    ])
      expect(presentCopulaSlips(ok), ok).toEqual([]);
  });
  it('flags 이라는/이라고 after a quotation or title ending on an open syllable', () => {
    expect(show(quotedOpenCopulaSlips('‘몽유도원도’이라는 그림'))).toEqual(['몽유도원도’이라는>라는']);
    expect(show(quotedOpenCopulaSlips('그는 “문제는 속도”이라고 말했다.'))).toEqual(['속도”이라고>라고']);
    for (const ok of [
      '‘몽유도원도’라는 그림',
      '“정책의 실패”라고 말했다.',
      '“OECD 평균의 절반 수준”이라며',
      '‘새 출발’이라는 구호',
      '“AI”이라는 말',
    ])
      expect(quotedOpenCopulaSlips(ok), ok).toEqual([]);
  });
});
