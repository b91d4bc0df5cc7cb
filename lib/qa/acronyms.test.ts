import { describe, expect, it } from 'vitest';
import { acronymsCheck, sourceInitials } from './acronyms';
import { keys, runOne } from './testing';

const run = (en: string, ko: string) => keys(runOne(acronymsCheck, en, ko));

describe('acronyms check', () => {
  it('flags an acronym the source does not support', () => {
    expect(run('through the World Food Programme (WFP)', '세계식량계획(WTO)을 통해')).toEqual(['acronyms:unknown:WTO']);
    expect(run('the National Intelligence Service (NIS)', '국가정보원(NSC)')).toEqual(['acronyms:unknown:NSC']);
    expect(run('The WFP left in 2021.', 'WHO는 2021년 철수했다.')).toEqual(['acronyms:unknown:WHO']);
  });
  it('accepts the source’s acronyms, initials of its names, units and generic abbreviations', () => {
    expect(run('the U.N. agency', '유엔(UN) 기구')).toEqual([]);
    expect(run('through the World Food Programme', '세계식량계획(WFP)을 통해')).toEqual([]);
    expect(run('the International Atomic Energy Agency', '국제원자력기구(IAEA)')).toEqual([]);
    expect(run('a 5 gigawatt plant and an intercontinental missile', '5GW 발전소와 ICBM')).toEqual([]);
    expect(run('The Kospi fell as Nato met.', 'KOSPI가 내렸고 NATO가 모였다.')).toEqual([]);
  });
  it('computes initials with and without function words', () => {
    const i = sourceInitials('the Korea Institute for National Unification and the Bank of Korea');
    expect(i.has('KINU')).toBe(true);
    expect(i.has('KIFNU')).toBe(true);
    expect(i.has('BOK')).toBe(true);
    expect(sourceInitials('the UN Command said').has('UNC')).toBe(true);
  });
});
