// The auxiliary 해/돼 alone at a quote's end (설명했으면 해”라고): a 반말 sentence ending.
import { describe, expect, it } from 'vitest';
import { quoteSlips } from './speech-level-quotes';

const slips = (...paragraphs: string[]) =>
  [...quoteSlips(paragraphs)].map(([i, s]) => `${i}:${s.map((x) => `${x.l.level}:${x.l.word}`).join(',')}`);

describe('a 해요체 quote whose last sentence ends in the bare auxiliary 해 or 돼', () => {
  it('flags it against the quote’s 해요체', () => {
    expect(slips('그는 “아무도 말해 주지 않았어요. 그것부터 항공사가 설명했으면 해”라고 했다.')).toEqual(['0:banmal:해']);
    expect(slips('김 씨는 “정말 무서웠어요. 이제는 회사가 책임져야 돼”라고 말했다.')).toEqual(['0:banmal:돼']);
  });
  it('leaves the polite form, 해 after a noun or a connective, and a 반말 quote of one voice', () => {
    expect(slips('그는 “아무도 말해 주지 않았어요. 그것부터 항공사가 설명했으면 해요”라고 했다.')).toEqual([]);
    expect(slips('그는 “많이 놀랐어요. 내년 이맘때 새 해”라고 했다.')).toEqual([]);
    expect(slips('그는 “많이 놀랐어요. 가족을 위해”라고 했다.')).toEqual([]);
    expect(slips('그는 “나도 몰랐어. 먼저 설명했으면 해”라고 했다.')).toEqual([]);
  });
});
