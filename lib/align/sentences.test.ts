import { describe, expect, it } from 'vitest';
import { alignSentences } from './sentences';

describe('alignSentences', () => {
  const en = [
    'North Korea fired a missile on Tuesday, the military said. It flew about 570 kilometers. Japan said it fell outside its waters.',
  ];

  it('links sentences 1:1 and gives offsets into each paragraph', () => {
    const ko = [
      '북한이 지난 2일 미사일을 발사했다고 군이 밝혔다. 미사일은 약 570㎞를 비행했다. 일본은 미사일이 자국 수역 밖에 떨어졌다고 밝혔다.',
    ];
    const r = alignSentences(en, ko);
    expect(r.links.map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
    expect(r.source).toHaveLength(3);
    expect(en[0]!.slice(r.source[1]!.start, r.source[1]!.end)).toBe('It flew about 570 kilometers.');
    expect(ko[0]!.slice(r.target[2]!.start, r.target[2]!.end)).toBe('일본은 미사일이 자국 수역 밖에 떨어졌다고 밝혔다.');
    for (const l of r.links) expect(l.score).toBeGreaterThan(0);
  });

  it('finds a sentence the translator split in two', () => {
    const ko = [
      '북한이 지난 2일 미사일을 발사했다. 군 당국이 이같이 밝혔다. 미사일은 약 570㎞를 비행했다. 일본은 미사일이 자국 수역 밖에 떨어졌다고 밝혔다.',
    ];
    const r = alignSentences(en, ko);
    expect(r.links.map((l) => [l.source, l.target])).toEqual([
      [[0], [0, 1]],
      [[1], [2]],
      [[2], [3]],
    ]);
  });

  it('numbers sentences across the paragraphs of a 2:1 bead', () => {
    const r = alignSentences(['Talks broke down.', 'Both sides blamed the other.'], ['협상은 결렬됐고 양측은 서로를 탓했다.']);
    expect(r.source.map((s) => s.paragraph)).toEqual([0, 1]);
    expect(r.links.map((l) => [l.source, l.target])).toEqual([[[0, 1], [0]]]);
  });

  it('treats a one-sentence pair as certain, and a side without text as unlinked', () => {
    expect(alignSentences(['Yes.'], ['네.']).links).toEqual([{ source: [0], target: [0], score: 1 }]);
    expect(alignSentences(['Yes. No.'], ['']).links.map((l) => l.target)).toEqual([[], []]);
  });
});
