import { describe, expect, it } from 'vitest';
import { particleAgreementCheck } from './particle-agreement';
import { naAfterClosed } from './particle-na';
import { numberFinal, numberParticleSlips } from './particle-numbers';
import { roleSseoSlips } from './particle-roles';
import { keys, runOne } from './testing';

const slips = (t: string) => numberParticleSlips(t).map((s) => `${s.word}${s.found}>${s.expected}`);

describe('particles after a bare number, as Korean reads it', () => {
  it('reads the last digit, or the place of the last non-zero digit', () => {
    expect(['1', '2', '3', '6', '7', '10', '300', '4000', '50000', '1,240', '0.5', '0', '200000000'].map(numberFinal)).toEqual([
      'ㄹ',
      '',
      'ㅁ',
      'ㄱ',
      'ㄹ',
      'ㅂ',
      'ㄱ',
      'ㄴ',
      'ㄴ',
      'ㅂ',
      '',
      'ㅇ',
      'ㄱ',
    ]);
  });
  it('flags a particle that disagrees with the reading', () => {
    expect(slips('한국은 원정에서 2-3으로 졌다.')).toEqual([]);
    expect(slips('한국은 원정에서 3-2으로 이겼다.')).toEqual(['2으로>로']);
    expect(slips('찬성 7으로 가결됐다.')).toEqual(['7으로>로']);
    expect(slips('비율은 3는 넘지 않는다.')).toEqual(['3는>은']);
    expect(slips('지수는 10와 20 사이다.')).toEqual(['10와>과']);
    expect(slips('배율은 2이 적당하다.')).toEqual(['2이>가']);
    expect(slips('상한은 1,500로 정했다.')).toEqual(['1,500로>으로']);
    expect(keys(runOne(particleAgreementCheck, 'They won 3-2.', '대표팀은 3-2으로 이겼다.'))).toEqual(['particle-agreement:2으로']);
  });
  it('leaves agreeing particles, codes, street and section numbers, counters and dates alone', () => {
    for (const t of [
      '5 대 2로 인하했다. 3분의 1이 넘는다. 4.5를 넘었다. 2026으로 미뤘다.',
      '코로나19로 미뤘다. COVID-19으로 미뤘다. G7으로 넓혔다. A380를 샀다.',
      '종로3가 역에서 만났다. 강력2과 형사들이 출동했다. 제2과 수업',
      '3·1은 국경일이다. 6·25를 기억한다. 5·18은 민주화운동이다.',
      '1588-0000으로 전화했다. 119로 신고했다. 아이폰16으로 바꿨다.',
      '2이닝 만에 강판됐다. 3가구가 대피했다.',
    ])
      expect(numberParticleSlips(t), t).toEqual([]);
  });
});

describe('나 after a closed-syllable noun (이나)', () => {
  const na = (t: string) => naAfterClosed(t).map((s) => s.word + s.found);
  it('flags a noun pair joined by 나 after a closed syllable', () => {
    expect(na('학교들은 휴업나 단축수업을 결정했다.')).toEqual(['휴업나']);
    expect(na('사망나 실종 신고는 없었다.')).toEqual(['사망나']);
    expect(na('협상나 대화로 풀어야 한다.')).toEqual(['협상나']);
    expect(na('수입나 수출 모두 줄었다.')).toEqual(['수입나']);
  });
  it('leaves verb and adjective endings, open syllables, names and fixed words alone', () => {
    for (const t of [
      '그렇게 어렵나 싶었다.',
      '요즘 새롭나 보다 하고 넘겼다.',
      '마돈나 공연이 열렸다.',
      '세미나 일정을 바꿨다.',
      '김영나 씨는 말했다.',
      '언제나 그렇듯 누구나 알 수 있다.',
      '경기나 훈련은 없었다.',
      '이상하나 사실이다.',
    ])
      expect(naAfterClosed(t), t).toEqual([]);
  });
});

describe('로써 after a word for a person (로서)', () => {
  const r = (t: string) => roleSseoSlips(t).map((s) => `${s.word}${s.found}>${s.expected}`);
  it('flags 로써 after a role, an office, a trade or kin', () => {
    expect(r('그는 대표팀 감독으로써 책임을 지겠다고 했다.')).toEqual(['감독으로써>으로서']);
    expect(r('여성 지도자로써 처음이다.')).toEqual(['지도자로써>로서']);
    expect(r('부모로써 할 일을 했다.')).toEqual(['부모로써>로서']);
    expect(r('선수들로써는 아쉬운 결과다.')).toEqual(['선수들로써>로서']);
    expect(r('외교관으로써 30년을 일했다.')).toEqual(['외교관으로써>으로서']);
    expect(keys(runOne(particleAgreementCheck, 'As a coach', '그는 코치로써 일했다.'))).toEqual(['particle-agreement:코치로써']);
  });
  it('leaves 로써 of means and instruments alone', () => {
    for (const t of [
      '대화로써 문제를 풀었다.',
      '이로써 협상은 끝났다.',
      '투자로써 성장을 이끈다.',
      '숫자로써 증명했다.',
      '노력으로써 위기를 극복했다.',
      '법으로써 다스린다.',
      '소형으로써 효율을 높였다.',
      '시장으로써 가격을 정한다.',
    ])
      expect(roleSseoSlips(t), t).toEqual([]);
  });
});
