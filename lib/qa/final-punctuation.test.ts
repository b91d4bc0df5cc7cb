import { describe, expect, it } from 'vitest';
import { finalPunctuationCheck } from './final-punctuation';
import { keys, runOne } from './testing';

describe('final-punctuation', () => {
  const run = (en: string, ko: string) => keys(runOne(finalPunctuationCheck, en, ko));
  it('accepts matching marks, full-width forms and closers after the mark', () => {
    expect(run('He left.', '그는 떠났다.')).toEqual([]);
    expect(run('Why?', '왜？')).toEqual([]);
    expect(run('He said, “Go.”', '그는 “가라.”라고 말했다.')).toEqual([]);
    expect(run('He said “no.”', '그는 “아니다.”')).toEqual([]);
    expect(run('Stop!', '멈춰라.')).toEqual([]);
    expect(run('Korea, Today and Tomorrow', '한국, 오늘과 내일')).toEqual([]);
    expect(run('N. Korea sends signals to the U.S.', '북한, 미국에 신호')).toEqual([]);
  });

  it('flags a missing or changed final mark and one added to a headline', () => {
    expect(run('He left.', '그는 떠났다')).toEqual(['final-punctuation:missing:.']);
    expect(run('He left.', '그는 떠났나?')).toEqual(['final-punctuation:missing:.']);
    expect(run('Why?', '왜.')).toEqual(['final-punctuation:missing:?']);
    expect(run('Latest News', '최신 뉴스.')).toEqual(['final-punctuation:extra:.']);
    // Quoted speech closed inside the Korean sentence keeps its mark there; lost, it is flagged.
    expect(run('He said only: "What would have been the point?"', '아버지는 "말해서 뭐 하겠니?"라고만 했다.')).toEqual([]);
    expect(run('He said only: "What would have been the point?"', '아버지는 "말해서 뭐 하겠니"라고만 했다.')).toEqual([
      'final-punctuation:missing:?',
    ]);
  });
});
