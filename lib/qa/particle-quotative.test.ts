import { describe, expect, it } from 'vitest';
import { particleAgreementCheck } from './particle-agreement';
import { bareQuotativeCopulaSlips } from './particle-copula';
import { naAfterClosed } from './particle-na';
import { keys, runOne } from './testing';

const slips = (t: string) => bareQuotativeCopulaSlips(t).map((s) => `${s.stem}${s.found}>${s.expected}`);

describe('the quotative copula after a bare noun (라고/라며/라면서)', () => {
  it('flags 라고/라며 after a closed syllable, where the copula keeps its 이', () => {
    expect(slips('사망자는 모두 24명라고 밝혔다.')).toEqual(['24명라고>이라고']);
    expect(slips('그는 이번 합의가 마지막 기회라며 “협상안은 사실상 최종안라고 보면 된다”고 말했다.')).toEqual(['최종안라고>이라고']);
    expect(slips('업계는 올해가 회복의 원년라며 투자를 늘렸다.')).toEqual(['원년라며>이라며']);
    expect(slips('당국은 이 지역이 철새 도래지의 중심라면서 개발을 막았다.')).toEqual(['중심라면서>이라면서']);
    expect(slips('경찰은 용의자가 전직 공무원라고 전했다.')).toEqual(['공무원라고>이라고']);
  });
  it('flags 이라고/이라며 after an open syllable, where the 이 is not written', () => {
    expect(slips('그는 자신이 현직 의사이라고 소개했다.')).toEqual(['의사이라고>라고']);
    expect(slips('위원회는 이번 조치가 임시 대책이 아닌 정식 제도이라며 반박했다.')).toEqual(['제도이라며>라며']);
    expect(slips('그는 이 건물이 시청 소유의 창고이라면서 출입을 막았다.')).toEqual(['창고이라면서>라면서']);
  });
  it('leaves correct Korean alone: the copula where it belongs, ㄹ verbs, past tenses and words in 이', () => {
    for (const t of [
      '사망자는 모두 24명이라고 밝혔다.',
      '그는 자신이 현직 의사라고 소개했다.',
      '주민들은 시에 도와 달라며 민원을 넣었다.',
      '어머니는 아들에게 오래 살라고 당부했다.',
      '그는 직접 만들라고 지시했다.',
      '그는 이미 끝났다고 말했고, 회의는 없었다고 했다.',
      '두 나라의 국력 차이라고 보기는 어렵다.',
      '그가 만난 사람은 열 살 난 아이라며 안타까워했다.',
      '회의 장소는 상하이라며 일정을 공개했다.',
      '그는 올해 나이라고 해 봐야 서른이라며 웃었다.',
      '문제는 결국 돈이라고 지적했다.',
      '신라는 삼국을 통일했고, 매장에는 컵라면이 쌓여 있었다.',
      '정부는 “협상은 끝났다”라고 밝혔다.',
    ])
      expect(slips(t), t).toEqual([]);
  });
  it('is reported by the particle-agreement check', () => {
    expect(keys(runOne(particleAgreementCheck, 'x', '경찰은 용의자가 전직 공무원라고 전했다.'))).toEqual(['particle-agreement:공무원라고']);
  });
  it('stays linear on a long run', () => {
    const t = '사람라고 '.repeat(15000);
    const t0 = performance.now();
    expect(bareQuotativeCopulaSlips(t).length).toBe(15000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('나 after a noun in ㄹ (이나)', () => {
  const na = (t: string) => naAfterClosed(t).map((s) => `${s.word}${s.found}>${s.expected}`);
  it('flags 나 after a ㄹ stem, of one syllable or more', () => {
    expect(na('주민들은 물나 음료를 챙겼다.')).toEqual(['물나>이나']);
    expect(na('서울나 부산 같은 대도시에서')).toEqual(['서울나>이나']);
    expect(na('수입 밀나 옥수수의 가격이')).toEqual(['밀나>이나']);
  });
  it('leaves verbs in -나다 on a ㄹ word, names and correct 이나 alone', () => {
    for (const t of [
      '아이가 배탈나 결석했다.',
      '공장에 불나 직원들이 대피했다.',
      '물이나 음료를 챙겼다.',
      '서울이나 부산 같은 대도시에서',
      '아이가 밤새 열나 병원을 찾았다.',
      '그는 유별나 보이는 옷을 입었다.',
      '김한나 씨는 설명했다.',
    ])
      expect(na(t), t).toEqual([]);
  });
});
