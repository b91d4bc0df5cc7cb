import { describe, expect, it } from 'vitest';
import { rendersSourceIName, sourceINames } from './particle-source-words';

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
