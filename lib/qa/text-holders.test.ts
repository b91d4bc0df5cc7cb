import { describe, expect, it } from 'vitest';
import { TextHolders } from './text-holders';

describe('TextHolders', () => {
  const texts = ['연합군사훈련을', '합동훈련', '', '군사훈련과 군사훈련', '훈련'];
  const h = new TextHolders(() => texts);
  it('gives the texts that contain a string, each once, in order', () => {
    expect(h.holders('훈련')).toEqual([0, 1, 3, 4]);
    expect(h.holders('군사훈련')).toEqual([0, 3]);
    expect(h.holders('합동')).toEqual([1]);
  });
  it('never matches across two texts, and finds nothing that is not there', () => {
    expect(h.holders('을합')).toEqual([]);
    expect(h.holders('련\u0000합')).toEqual([]);
    expect(h.holders('없음')).toEqual([]);
  });
  it('gives every text for the empty string, as includes does', () => {
    expect(h.holders('')).toEqual([0, 1, 2, 3, 4]);
  });
  it('answers as a pass of includes over every text does', () => {
    const words = ['훈련', '련', '군사', '사훈', '을', '과 군', '동훈련', 'x'];
    for (const w of words) expect(h.holders(w)).toEqual(texts.flatMap((t, i) => (t.includes(w) ? [i] : [])));
  });
});
