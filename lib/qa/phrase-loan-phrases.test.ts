import { describe, expect, it } from 'vitest';
import { loanPhrasePass } from './phrase-loan-phrases';
import type { QaIssue } from './types';

type Pair = [string, string];
const flagged = (pairs: Pair[]) => {
  const out = new Map<string, QaIssue[]>();
  loanPhrasePass(
    pairs.map(([en, ko], i) => ({ id: `s${i}`, sourceText: en, targetText: ko })),
    out,
    'en',
  );
  return [...out].flatMap(([id, issues]) => issues.map((i) => `${id} ${i.key} ${i.message}`));
};

const birds: Pair[] = [
  ['Investigators probe a bird strike.', '조사 당국은 조류 충돌 가능성을 조사한다.'],
  ['A bird strike on final approach is suspected.', '최종 접근 중 조류 충돌이 의심된다.'],
  ['Bird strikes rose 23 percent.', '조류 충돌은 23% 늘었다.'],
];

describe('phrase-consistency: a two-word English phrase written in Hangul in one segment only (phrase-loan-phrases.ts)', () => {
  it('flags the Hangul pair where the others translate the phrase, naming their shared words', () => {
    const got = flagged([
      ...birds,
      ['A bird strike alone rarely explains it, she said.', '그는 버드 스트라이크만으로 설명되는 경우는 드물다고 말했다.'],
    ]);
    expect(got).toHaveLength(1);
    expect(got[0]).toContain('s3 phrase-consistency:bird strike');
    expect(got[0]).toContain('버드 스트라이크');
    expect(got[0]).toContain('조류 충돌');
  });
  it('flags one Hangul word that writes the two English words (윈드시어 for “wind shear”)', () => {
    const shear: Pair[] = [
      ['Wind shear was reported.', '급변풍이 보고됐다.'],
      ['Another flight met wind shear.', '다른 항공편도 급변풍을 만났다.'],
      ['Wind shear alerts were issued.', '급변풍 경보가 내려졌다.'],
    ];
    expect(flagged([...shear, ['It aborted because of wind shear.', '윈드시어 때문에 착륙을 포기했다.']])[0]).toContain(
      's3 phrase-consistency:wind shear',
    );
    // Written in Hangul everywhere: the document's way.
    expect(
      flagged([
        ['Wind shear was reported.', '윈드시어가 보고됐다.'],
        ['Another flight met wind shear.', '다른 항공편도 윈드시어를 만났다.'],
        ['It aborted because of wind shear.', '윈드시어 때문에 착륙을 포기했다.'],
      ]),
    ).toEqual([]);
  });
  it('is silent on a gloss, on a phrase another segment also writes in Hangul, and with one other segment', () => {
    expect(flagged([...birds, ['A bird strike alone rarely explains it.', '버드 스트라이크(조류 충돌)만으로 설명되기는 어렵다.']])).toEqual(
      [],
    );
    expect(
      flagged([
        ...birds,
        ['A bird strike alone rarely explains it.', '버드 스트라이크만으로 설명되기는 어렵다.'],
        ['Another bird strike was reported.', '또 다른 버드 스트라이크가 보고됐다.'],
      ]),
    ).toEqual([]);
    expect(flagged([birds[0]!, ['A bird strike alone rarely explains it.', '버드 스트라이크만으로 설명되기는 어렵다.']])).toEqual([]);
    // Hangul words that write no English word of the source (드러난 스스로).
    expect(flagged([...birds, ['It was revealed by itself.', '드러난 스스로의 결함이었다.']])).toEqual([]);
  });
});
