import { describe, expect, it } from 'vitest';
import { haeQueries, haeRival, isHaeNoun } from './hae-prefix';

// A dictionary that takes these nouns with 을/를, as Hunspell does.
const nouns = new Set(['콩을', '팥을', '쑥을', '쌀을', '감자를', '밤을', '과일을', '배추를', '참외를', '빛을']);
const spell = (s: string) => nouns.has(s);

describe('해- before a tense or aspirated initial, 햇- before any other', () => {
  it('accepts 해- and a listed noun with a tense or aspirated initial, with particles', () => {
    for (const w of ['해콩', '해팥을', '해쑥이', '해참외가', '해콩으로']) expect(isHaeNoun(w, spell), w).toBe(true);
  });
  it('not 해- before a plain initial, 해쌀 (햅쌀), an unlisted noun, nor everyday words in 해', () => {
    for (const w of ['해감자', '해밤', '해빛', '해쌀', '해꼬지', '해뜨다', '해결', '해외', '해마다', '햇콩', '해'])
      expect(isHaeNoun(w, spell), w).toBe(false);
  });
  it('gives the 해- form for 햇- before a tense or aspirated initial', () => {
    expect(haeRival('햇콩')).toBe('해콩');
    expect(haeRival('햇팥을')).toBe('해팥을');
    expect(haeRival('햇쑥이')).toBe('해쑥이');
  });
  it('no rival for 햇- before a plain initial, 햇쌀, nor words that do not begin with 햇', () => {
    for (const w of ['햇감자', '햇밤을', '햇살', '햇빛이', '햇볕', '햇쌀', '해콩', '콩', '햇']) expect(haeRival(w), w).toBeNull();
  });
  it('asks the noun with 을/를 only', () => {
    expect(haeQueries('해콩')).toEqual(['콩을', '콩를']);
    expect(haeQueries('해감자')).toEqual([]);
    expect(haeQueries('햇콩')).toEqual([]);
  });
});
