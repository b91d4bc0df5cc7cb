import { describe, expect, it } from 'vitest';
import { glossarySwaps } from './missing-name-swapped-glossary';
import { missingNameCheck } from './missing-name';
import { ctxFor, keys, runOne } from './testing';
import type { QaTerm } from './types';

const TERMS: QaTerm[] = [
  { source: 'Cheon Min-jae', target: '천민재', kind: 'NAME' },
  { source: 'Dan Whitaker', target: '댄 휘태커', kind: 'NAME' },
];
const EN = 'Cheon said he would move to Seattle next month. “I will start again from zero,” he said.';
const swaps = (en: string, ko: string, terms = TERMS) => glossarySwaps(en, ko, ctxFor(terms).terms).map((s) => s.text);

describe('a glossary person given words the English gives another', () => {
  it('flags the surname and title of a glossary person the English here does not name, where it names another', () => {
    expect(swaps(EN, '천 선수는 다음 달 시애틀로 건너간다. 휘태커 사장은 “0에서 다시 시작하겠습니다”라고 말했다.')).toEqual([
      '휘태커 사장',
    ]);
  });
  it('leaves the person the English names, a pronoun or role resolved, and the wrong glossary kind alone', () => {
    expect(swaps(EN, '천 선수는 다음 달 시애틀로 건너간다. 그는 “0에서 다시 시작하겠습니다”라고 말했다.')).toEqual([]);
    expect(swaps('Whitaker said Cheon was likely to start.', '휘태커 사장은 천 선수가 선발 등판할 것이라고 말했다.')).toEqual([]);
    // “He said”, continuing the paragraph before, names no one: the Korean may name him.
    expect(swaps('“His elbow is sound,” he said.', '휘태커 사장은 “팔꿈치는 튼튼하다”고 말했다.')).toEqual([]);
    // A role the Korean names the holder of.
    expect(swaps('The Mariners’ president said Cheon would start.', '휘태커 사장은 천 선수가 선발 등판할 것이라고 말했다.')).toEqual([]);
    const asTerm: QaTerm[] = [TERMS[0]!, { source: 'Dan Whitaker', target: '댄 휘태커', kind: 'TERM' }];
    expect(swaps(EN, '휘태커 사장은 “0에서 다시 시작하겠습니다”라고 말했다.', asTerm)).toEqual([]);
  });
});

describe('glossary swaps through the missing-name check', () => {
  it('reports the reference as swapped', () => {
    const ko = '천 선수는 다음 달 시애틀로 건너간다. 휘태커 사장은 “0에서 다시 시작하겠다”고 말했다.';
    expect(keys(runOne(missingNameCheck, EN, ko, TERMS))).toContain('missing-name:swapped:휘태커 사장');
  });
});
