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

  it('accepts a tag question said as a statement that asks for agreement (-잖아요, -죠), and only that', () => {
    const en = '"But next year it will happen again, won\'t it?"';
    expect(run(en, '“그래도 내년에 또 이럴 거잖아요”라고 말했다.')).toEqual([]);
    expect(run(`She said: ${en}`, '그는 “그래도 내년에 또 이러겠죠.”라고 말했다.')).toEqual([]);
    expect(run('It is cheaper, right?', '더 싸잖아.')).toEqual([]);
    // Not a tag question, or a Korean ending that does not ask for agreement: flagged.
    expect(run('"Will it happen again next year?"', '“내년에 또 이럴 거잖아요”라고 말했다.')).toEqual(['final-punctuation:missing:?']);
    expect(run(en, '“그래도 내년에 또 이럴 것이다”라고 말했다.')).toEqual(['final-punctuation:missing:?']);
  });
});
