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

describe('a quote whose last sentence ends in …할 것”이라고 (것이다, the plain register)', () => {
  it('flags it beside a 합쇼체 or 해요체 sentence of the same quote', () => {
    expect(slips('그는 “기획사는 지배하기도 어렵습니다. 투자자들은 더 많은 돈을 낼 것”이라고 말했다.')).toEqual(['0:haera:것']);
    expect(slips('김 씨는 “정말 좋았어요. 내년에도 다시 올 것”이라며 웃었다.')).toEqual(['0:haera:것']);
  });
  it('leaves it beside 해라체, alone in its quote, after a noun, and a quote in another speaker’s voice', () => {
    expect(slips('그는 “기획사는 지배하기도 어렵다. 투자자들은 더 많은 돈을 낼 것”이라고 말했다.')).toEqual([]);
    expect(slips('그는 “투자자들은 더 많은 돈을 낼 것”이라고 말했다.')).toEqual([]);
    expect(slips('그는 “정말 감사합니다. 모두 국민의 것”이라고 말했다.')).toEqual([]);
    expect(slips('그는 “정말 감사합니다. 더 많은 돈을 낼 것”이라는 전망을 내놨다.')).toEqual([]);
  });
});

describe('a polite quote whose last sentence ends in the bare auxiliary 줘 or 봐 after -아/-어', () => {
  it('flags it against the quote’s 합쇼체 or 해요체', () => {
    expect(slips('정민수 대표는 “시장은 작습니다”라며 “우리가 먼저 길을 보여 줘”라고 말했다.')).toEqual(['0:banmal:줘']);
    expect(slips('박 대표는 “준비는 끝났어요. 이제 직접 타 봐”라고 했다.')).toEqual(['0:banmal:봐']);
    expect(slips('그는 “공사는 늦어집니다. 미리 알려 줘”라고 했다.')).toEqual(['0:banmal:줘']);
  });
  it('leaves the polite forms, one voice in 반말, a noun before it and a question', () => {
    expect(slips('그는 “시장은 작습니다”라며 “우리가 먼저 길을 보여 줍니다”라고 말했다.')).toEqual([]);
    expect(slips('박 대표는 “준비는 끝났어요. 이제 직접 타 봐요”라고 했다.')).toEqual([]);
    expect(slips('친구는 “나도 몰랐어. 한번 먹어 봐”라고 했다.')).toEqual([]);
    expect(slips('그는 “정말 고맙습니다. 선물은 책 한 권 줘”라고 했다.')).toEqual([]);
    expect(slips('그는 “준비는 끝났어요. 이거 한번 해 봐?”라고 물었다.')).toEqual([]);
  });
});
