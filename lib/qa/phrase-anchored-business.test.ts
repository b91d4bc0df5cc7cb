import { describe, expect, it } from 'vitest';
import { anchoredSynonymPass } from './phrase-anchored';
import type { QaIssue } from './types';

type Pair = [string, string];
const anchored = (pairs: Pair[]) => {
  const segs = pairs.map(([en, ko], i) => ({ id: `s${i}`, sourceText: en, targetText: ko }));
  const out = new Map<string, QaIssue[]>();
  anchoredSynonymPass(segs, out, 'en');
  return [...out].flatMap(([id, issues]) => issues.map((i) => `${id} ${i.key}`));
};
const keys = (r: string[]) => r.map((k) => k.split(' ')[0]);

describe('phrase-consistency: business terms rendered two ways for one English word (phrase-anchored.data.ts)', () => {
  it('flags the minority rendering, and the colloquial one on a tie', () => {
    expect(
      keys(
        anchored([
          ['Its operating margin fell to 3 percent.', '영업이익률은 3%로 떨어졌다.'],
          ['Analysts expect the operating margin to recover.', '애널리스트들은 영업마진이 회복될 것으로 본다.'],
        ]),
      ),
    ).toEqual(['s1']);
    expect(
      keys(
        anchored([
          ['Analysts expect the operating margin to recover.', '애널리스트들은 영업마진이 회복될 것으로 본다.'],
          ['Its operating margin fell to 3 percent.', '영업이익률은 3%로 떨어졌다.'],
        ]),
      ),
    ).toEqual(['s0']);
    expect(
      keys(
        anchored([
          ['Air conditioners use a refrigerant.', '에어컨은 냉매를 쓴다.'],
          ['The new refrigerant is less harmful.', '새 냉각제는 덜 해롭다.'],
        ]),
      ),
    ).toEqual(['s1']);
    expect(
      keys(
        anchored([
          ['The Ulsan plant makes engines.', '울산공장은 엔진을 만든다.'],
          ['The plant will hire 200 people.', '이 공장은 200명을 뽑는다.'],
          ['Workers at the Ulsan plant voted.', '울산사업장 노동자들이 투표했다.'],
        ]),
      ),
    ).toEqual(['s2']);
    expect(
      keys(
        anchored([
          ['The wage talks resumed.', '임금 협상이 재개됐다.'],
          ['The union walked out of the wage talks.', '노조는 임금 협상장을 떠났다.'],
          ['The wage talks will end next week.', '임단협은 다음 주 끝난다.'],
        ]),
      ),
    ).toEqual(['s2']);
  });
  it('flags a loanword beside its Korean, or two terms for one backlog', () => {
    expect(
      keys(
        anchored([
          ['The supply chain is fragile.', '공급망이 취약하다.'],
          ['Firms rebuilt their supply chains.', '기업들은 공급망을 다시 짰다.'],
          ['The supply chain was hit by the strike.', '파업으로 서플라이 체인이 타격을 입었다.'],
        ]),
      ),
    ).toEqual(['s2']);
    expect(
      keys(
        anchored([
          ['Its order backlog hit a record.', '수주잔고가 사상 최대를 기록했다.'],
          ['The order backlog covers three years.', '수주잔량은 3년 치다.'],
          ['The backlog of orders keeps growing.', '수주잔고는 계속 늘고 있다.'],
        ]),
      ),
    ).toEqual(['s1']);
    expect(
      anchored([
        ['Start-ups raised less money.', '스타트업들은 투자를 덜 받았다.'],
        ['Two startups went public.', '스타트업 두 곳이 상장했다.'],
      ]),
    ).toEqual([]);
  });
  it('is silent on one rendering throughout, and on the same syllables in other words', () => {
    // 공장 in everyday correct sentences, one rendering throughout.
    const plant: Pair[] = [
      ['The plant runs three shifts.', '공장은 3교대로 돌아간다.'],
      ['A fire broke out at the plant.', '공장에서 불이 났다.'],
      ['The plant manager resigned.', '공장장이 물러났다.'],
      ['The factory will close in May.', '그 공장은 5월에 문을 닫는다.'],
      ['Two plants were built in Gumi.', '구미에 공장 두 곳이 들어섰다.'],
      ['The Gwangju plant is the oldest.', '광주공장이 가장 오래됐다.'],
    ];
    expect(anchored(plant)).toEqual([]);
    // 공장 inside another word (공공장소, 인공장기) is not read as the factory.
    expect(
      anchored([
        ['The plant was closed.', '사업장이 폐쇄됐다.'],
        ['Plants were banned from public places.', '공공장소에 화분을 두는 것이 금지됐다.'],
      ]),
    ).toEqual([]);
    expect(
      anchored([
        ['The plant was closed.', '사업장이 폐쇄됐다.'],
        ['A plant makes artificial organs.', '한 업체는 인공장기를 만든다.'],
      ]),
    ).toEqual([]);
    // 냉매 in everyday correct sentences.
    const refrigerant: Pair[] = [
      ['The refrigerant leaked.', '냉매가 샜다.'],
      ['Propane is a natural refrigerant.', '프로판은 자연 냉매다.'],
      ['Refrigerant prices rose.', '냉매 가격이 올랐다.'],
      ['The rules cover refrigerants.', '규제는 냉매도 다룬다.'],
      ['The refrigerant must be recovered.', '냉매는 회수해야 한다.'],
    ];
    expect(anchored(refrigerant)).toEqual([]);
    // Two things in one segment (the refrigerant and an engine coolant): more words than anchors.
    expect(
      anchored([...refrigerant, ['The refrigerant and the engine coolant were both replaced.', '냉매와 엔진 냉각제를 모두 갈았다.']]),
    ).toEqual([]);
    // Outside the anchor the words are not compared.
    expect(
      anchored([
        ['The refrigerant leaked.', '냉매가 샜다.'],
        ['The coolant leaked.', '냉각제가 샜다.'],
      ]),
    ).toEqual([]);
  });
});
