import { describe, expect, it } from 'vitest';
import { findNounParticleMismatches } from './particle-nouns';
import { namesBDistrict, rendersSourceIName, sourceBDistricts, sourceINames } from './particle-source-words';

describe('Hangul words that render a source name in -i', () => {
  it('finds the names in -i of the English', () => {
    expect(sourceINames('the Eisai and Biogen drug').length).toBe(1);
    expect(sourceINames('the summit in Hanoi, a hotel in Dubai').length).toBe(2);
    expect(sourceINames('the researchers said')).toEqual([]);
  });
  it('matches a whole rendering by its first consonant and its number of consonants', () => {
    expect(rendersSourceIName('에자이', sourceINames('Eisai'))).toBe(true);
    expect(rendersSourceIName('하노이', sourceINames('Hanoi'))).toBe(true);
    expect(rendersSourceIName('두바이', sourceINames('Dubai'))).toBe(true);
  });
  it('does not match a noun + 이 that renders no source name', () => {
    expect(rendersSourceIName('연구자이', sourceINames('Eisai'))).toBe(false);
    expect(rendersSourceIName('기자이', sourceINames('Dubai'))).toBe(false);
    expect(rendersSourceIName('에자이', [])).toBe(false);
  });
});

describe('a constituency 갑/을/병 (Mapo-B → 마포을)', () => {
  it('reads 마포을 as the name of the source’s B district, not 마포 + 을', () => {
    expect(namesBDistrict('마포', sourceBDistricts('She won the Mapo-B seat.'))).toBe(true);
    expect(namesBDistrict('분당', sourceBDistricts('the Bundang B constituency'))).toBe(true);
    const doc = '서울에서는 차은별 후보가 마포을 의석을 차지했다.';
    expect(findNounParticleMismatches(doc, () => true, null, doc, 'She won the Mapo-B seat.')).toEqual([]);
  });
  it('still flags 을 after an open syllable when the source has no such district, or another one', () => {
    expect(sourceBDistricts('She won the seat in Mapo.')).toEqual([]);
    expect(namesBDistrict('서울', sourceBDistricts('She won the Mapo-B seat.'))).toBe(false);
    const doc = '서울에서는 차은별 후보가 마포을 방문했다.';
    expect(findNounParticleMismatches(doc, () => true, null, doc, 'She visited Mapo.').map((m) => m.expected)).toEqual(['를']);
  });
});
