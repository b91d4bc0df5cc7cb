import { describe, expect, it } from 'vitest';
import { particleAgreementCheck } from './particle-agreement';
import { ctxFor, keys, runOne, seg } from './testing';
import type { QaTerm } from './types';

const TERMS: QaTerm[] = [
  { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' },
  { source: 'World Food Program', target: '세계식량계획', kind: 'TERM' },
  { source: 'Seoul', target: '서울', kind: 'NAME' },
  { source: 'Donald Trump', target: '도널드 트럼프', kind: 'NAME' },
];
const run = (ko: string, en = 'x') => keys(runOne(particleAgreementCheck, en, ko, TERMS));

describe('particle-agreement check', () => {
  it('flags particles that disagree with glossary forms', () => {
    expect(run('권정근는 말했다.')).toEqual(['particle-agreement:권정근는']);
    expect(run('세계식량계획를 통해')).toEqual(['particle-agreement:세계식량계획를']);
    expect(run('서울으로 갔다.')).toEqual(['particle-agreement:서울으로']);
    expect(run('도널드 트럼프과 만났다.')).toEqual(['particle-agreement:도널드 트럼프과']);
    // After an acronym glossed in parentheses, the particle agrees with the glossary word.
    expect(run('세계식량계획(WFP)를 통해')).toEqual(['particle-agreement:세계식량계획를']);
    expect(run('세계식량계획(WFP)을 통해')).toEqual([]);
  });

  it('is silent on agreeing particles and unattached words', () => {
    expect(run('권정근은 서울로 가서 도널드 트럼프와 세계식량계획을 논의했다.')).toEqual([]);
    expect(run('권정근 국장이 말했다.')).toEqual([]);
  });

  it('also checks Hangul glosses the source gives in parentheses', () => {
    expect(keys(runOne(particleAgreementCheck, 'Oh Gyeong-seop(오경섭) said', '오경섭는 말했다.'))).toEqual([
      'particle-agreement:오경섭는',
    ]);
  });

  it('points at the word and particle and suggests the fix in both languages', () => {
    const [en] = runOne(particleAgreementCheck, 'x', '이에 권정근는', TERMS);
    expect(en!.targetSpan).toEqual({ start: 3, end: 7 });
    expect(en!.message).toContain('“권정근은”');
    const [ko] = particleAgreementCheck.run(seg('x', '권정근는'), ctxFor(TERMS, 'ko'));
    expect(ko!.message).toBe('“권정근”에 붙은 조사가 맞지 않습니다. “권정근는” 대신 “권정근은”으로 쓰세요.');
  });
});
