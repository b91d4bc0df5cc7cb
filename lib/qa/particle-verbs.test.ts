import { describe, expect, it } from 'vitest';
import { particleAgreementCheck } from './particle-agreement';
import { verbParticleSlips } from './particle-verbs';
import { keys, runOne } from './testing';

const slips = (t: string) => verbParticleSlips(t).map((s) => `${t.slice(s.start, s.end)}>${s.expected}`);

describe('a duration as the object of 걸리다', () => {
  it('flags 을/를 on a duration before a form of 걸리다', () => {
    expect(slips('서울에서 부산까지 5시간을 걸렸다.')).toEqual(['5시간을>이']);
    expect(slips('복구에는 사흘을 걸릴 전망이다.')).toEqual(['사흘을>이']);
    expect(slips('심사에 평균 45일 정도를 걸린다고 한다.')).toEqual(['45일 정도를>가']);
    expect(slips('완공까지 2년 이상을 걸려 주민 불만이 컸다.')).toEqual(['2년 이상을>이']);
  });
  it('leaves 이/가 before 걸리다 and 을/를 before a transitive verb alone', () => {
    for (const t of [
      '서울에서 부산까지 5시간이 걸렸다.',
      '그는 3시간을 기다렸다.',
      '이틀을 걸어서 도착했다.',
      '그는 10년을 걸어 온 길이라고 말했다.',
      '벽에 그림을 걸렸다는 소식은 없었다.',
      '하루가 꼬박 걸려서야 끝났다.',
      '환자는 감기에 걸렸다.',
    ])
      expect(slips(t), t).toEqual([]);
  });
});

describe('the humble pronoun 저 before 가', () => {
  it('flags 저가 before an adverb', () => {
    expect(slips('“저가 직접 확인했습니다”라고 말했다.')).toEqual(['저가>제가']);
    expect(slips('저가 먼저 연락드리겠습니다.')).toEqual(['저가>제가']);
    expect(slips('이번에는 저가 끝까지 책임지겠습니다.')).toEqual(['저가>제가']);
  });
  it('leaves 제가 and the noun 저가 (a low price) alone', () => {
    for (const t of [
      '제가 직접 확인했습니다.',
      '저가 항공사들이 노선을 늘렸다.',
      '중국산 저가 제품이 시장을 잠식했다.',
      '업체들은 저가 공세를 이어갔다.',
      '투자자들은 저가 매수에 나섰다.',
      '고가 아닌 저가, 곧 싼 물건이 팔렸다.',
      '저가와 고가 상품을 함께 진열했다.',
    ])
      expect(slips(t), t).toEqual([]);
  });
  it('is reported by the particle-agreement check', () => {
    expect(keys(runOne(particleAgreementCheck, 'x', '저가 직접 확인했습니다.'))).toEqual(['particle-agreement:저가']);
    expect(keys(runOne(particleAgreementCheck, 'x', '이동에 16분을 걸렸다.'))).toEqual(['particle-agreement:16분을']);
  });
});
