import { describe, expect, it } from 'vitest';
import { phraseConsistencyCheck } from './phrase-consistency';
import { ctxFor, seg } from './testing';

const docOf = (pairs: [string, string][]) => pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }));
const flagged = (pairs: [string, string][]) =>
  [...phraseConsistencyCheck.run(docOf(pairs), ctxFor())].flatMap(([id, issues]) => issues.map((i) => `${id} ${i.key}`));

describe('phrase-consistency: variants of one term (phrase-variants.data.ts)', () => {
  it('flags a second word of a term-variant group for one English word, not two words for two English ones', () => {
    const approval = [
      ['The approval covers adults.', '이번 허가는 성인 환자를 대상으로 한다.'],
      ['Under the approval, patients need scans.', '허가 조건에 따라 환자는 검사를 받아야 한다.'],
    ] as [string, string][];
    expect(flagged([...approval, ['The approval was the second fastest.', '이번 승인은 역대 두 번째로 빨랐다.']])).toEqual([
      's2 phrase-consistency:approval',
    ]);
    expect(flagged([...approval, ['The approval was the second fastest.', '이번 허가는 역대 두 번째로 빨랐다.']])).toEqual([]);
    // 승인 for another English word (the board's consent) is another thing.
    expect(flagged([...approval, ['The board gave its consent.', '이사회가 이를 승인했다.']])).toEqual([]);
  });
  it('flags a compound with one part swapped where two other segments keep it, though others render the word more briefly', () => {
    const trial = [
      ['Ryu led the trial.', '임상을 이끈 류 교수는 말했다.'],
      ['It was a late-stage trial.', '후기 임상시험에서 확인됐다.'],
      ['Her mother took part in the trial.', '어머니가 임상시험에 참여했다.'],
      ['The trial lead was cautious.', '임상 책임자는 신중했다.'],
    ] as [string, string][];
    expect(flagged([...trial, ['In the phase 3 trial, it slowed decline.', '3상 임상실험에서 저하를 늦췄다.']])).toEqual([
      's4 phrase-consistency:trial',
    ]);
    // 시험 and 실험 alone name two things (a pilot run, a laboratory): compared only inside a compound.
    expect(
      flagged([
        ['It has started a pilot line.', '시험 생산 라인을 가동하기 시작했다.'],
        ['It started in a basement laboratory.', '지하 실험실에서 시작했다.'],
        ['It started with four employees in a laboratory.', '직원 네 명으로 실험실에서 시작했다.'],
      ]),
    ).toEqual([]);
    // Only one other segment with the compound: not enough.
    expect(
      flagged([...trial.slice(0, 2), trial[3]!, ['In the phase 3 trial, it slowed decline.', '3상 임상실험에서 저하를 늦췄다.']]),
    ).toEqual([]);
  });
  it('flags a term of Japanese style beside the standard term in one paragraph, not two standard words', () => {
    expect(
      flagged([
        [
          'About 1 million people live with dementia; seven in ten cases are Alzheimer’s.',
          '인지증 환자는 약 100만 명이며 치매 환자 10명 중 7명이 알츠하이머병이다.',
        ],
      ]),
    ).toEqual(['s0 phrase-consistency:인지증/치매']);
    expect(
      flagged([['About 1 million people live with dementia.', '치매 환자는 약 100만 명이며 치매 환자 10명 중 7명이 알츠하이머병이다.']]),
    ).toEqual([]);
  });
});

describe('phrase-consistency: one body named as an agency and as a ministry (식약처 / 식약청)', () => {
  it('flags the rarer of the two names, not a word with no twin or two different words', () => {
    const d: [string, string][] = [
      ['The ministry said in a statement.', '식약처는 보도자료에서 밝혔다.'],
      ['The ministry approved it.', '식약처가 이를 허가했다.'],
      ['An official said so.', '식약청 관계자는 그렇게 말했다.'],
    ];
    expect(flagged(d)).toEqual(['s2 phrase-consistency:body:식약처']);
    // With the same English word, the synonym pass reports it for that word.
    expect(flagged([d[0]!, d[1]!, ['An official of the ministry said so.', '식약청 관계자는 그렇게 말했다.']])).toEqual([
      's2 phrase-consistency:ministry',
    ]);
    expect(flagged([d[0]!, d[1]!, ['The weather agency said so.', '기상청은 그렇게 말했다.']])).toEqual([]);
    expect(flagged([d[0]!, ['It will widen its supply network.', '공급처를 늘리겠다고 밝혔다.']])).toEqual([]);
  });
});

describe('phrase-consistency: one numbered phrase with two counters (3상 / 3단계)', () => {
  const phase = [
    ['It passed a phase 3 trial.', '3상 임상을 거쳤다.'],
    ['In the phase 3 trial, it worked.', '3상 임상시험에서 효과가 있었다.'],
  ] as [string, string][];
  it('flags the counter no other segment uses for the same English word and number', () => {
    expect(flagged([...phase, ['Phase 3 results are expected in 2028.', '3단계 결과는 2028년에 나온다.']])).toEqual([
      's2 phrase-consistency:phase 3',
    ]);
  });
  it('is silent on the same counter, another English word or another number', () => {
    expect(flagged([...phase, ['Phase 3 results are expected in 2028.', '3상 결과는 2028년에 나온다.']])).toEqual([]);
    expect(flagged([...phase, ['The plan has 3 stages.', '계획은 3단계로 이뤄진다.']])).toEqual([]);
    expect(flagged([...phase, ['Phase 2 results are expected.', '2단계 결과가 나온다.']])).toEqual([]);
    // A number that only counts (about 3) is no stage.
    expect(
      flagged([
        ['About 3 people came.', '약 3차 회의에 3명이 왔다.'],
        ['About 3 left.', '3명이 떠났다.'],
      ]),
    ).toEqual([]);
  });
});
