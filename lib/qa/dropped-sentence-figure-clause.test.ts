import { describe, expect, it } from 'vitest';
import { droppedSentenceCheck } from './dropped-sentence';
import { figureClauseLost } from './dropped-sentence-figure-clause';
import { amongUsual, ctxFor } from './testing';
import type { QaSegment } from './types';

const seg = (sourceText: string, targetText: string): QaSegment => ({ id: 'x', sourceText, targetText, state: 'TRANSLATED' });
const VOTE_EN =
  'On Monday, the provincial council passed an ordinance charging visitors an environmental levy by 27 votes to 14, with 4 abstentions.';
const VOTE_KO =
  '제주도의회는 지난달 30일 본회의에서 관광객에게 환경보전분담금을 물리는 조례안을 찬성 27표, 반대 14표, 기권 4표로 통과시켰다.';
const SEATS_EN =
  'Tamna Air said the cuts would remove about 24,000 seats a week, roughly a fifth of its capacity on the island, blaming fuel costs and a shortage of pilots.';
const SEATS_KO =
  '탐라항공은 연료비 상승과 조종사 부족을 이유로 들며 이번 감축으로 주당 약 2만4000석, 제주 노선 공급석의 5분의 1가량이 사라진다고 밝혔다.';

describe('dropped-sentence: a short clause lost with its figure', () => {
  it('flags the clause whose figure the Korean lost with nothing in its place', () => {
    expect(figureClauseLost(seg(VOTE_EN, VOTE_KO.replace(', 기권 4표', '')), ctxFor())?.text).toBe('with 4 abstentions');
    expect(
      figureClauseLost(seg(SEATS_EN, SEATS_KO.replace('2만4000석, 제주 노선 공급석의 5분의 1가량이', '2만4000석이')), ctxFor())?.text,
    ).toBe('roughly a fifth of its capacity on the island');
    const [issue] = droppedSentenceCheck.run(amongUsual(VOTE_EN, VOTE_KO.replace(', 기권 4표', '')), ctxFor()).get('x')!;
    expect(issue!.key).toBe('dropped-sentence:partial');
  });
  it('leaves the whole translation, a changed figure and a figure lost from a clause that is its sentence alone', () => {
    expect(figureClauseLost(seg(VOTE_EN, VOTE_KO), ctxFor())).toBeNull();
    expect(droppedSentenceCheck.run(amongUsual(VOTE_EN, VOTE_KO), ctxFor()).size).toBe(0);
    // Another figure in its place: a changed number, the numbers check's.
    expect(figureClauseLost(seg(VOTE_EN, VOTE_KO.replace('기권 4표', '기권 5표')), ctxFor())).toBeNull();
    expect(figureClauseLost(seg(SEATS_EN, SEATS_KO.replace('5분의 1', '3분의 1')), ctxFor())).toBeNull();
    // Figures lost from two clauses: no one clause went.
    expect(figureClauseLost(seg(VOTE_EN, VOTE_KO.replace('반대 14표, 기권 4표', '반대표')), ctxFor())).toBeNull();
    // The figure is the whole sentence's: the sentence tests judge it, not this one.
    expect(figureClauseLost(seg('Exports rose 4 percent.', '수출이 늘었다.'), ctxFor())).toBeNull();
  });
});

describe('dropped-sentence: a phrase with two figures lost from a clause that keeps another', () => {
  const TOUR_EN = 'Starhaven said the Orbit tour had sold 420,000 tickets for 28 shows in 19 cities.';
  const TOUR_KO = '스타헤이븐은 ‘오빗’ 투어가 19개 도시 28회 공연에서 42만 장이 팔렸다고 밝혔다.';
  it('flags “for 28 shows in 19 cities” lost while 42만 장 stays', () => {
    expect(figureClauseLost(seg(TOUR_EN, TOUR_KO.replace('19개 도시 28회 공연에서 ', '')), ctxFor())?.text).toBe(
      'for 28 shows in 19 cities',
    );
  });
  it('leaves the whole phrase, and one figure lost alone', () => {
    expect(figureClauseLost(seg(TOUR_EN, TOUR_KO), ctxFor())).toBeNull();
    expect(figureClauseLost(seg(TOUR_EN, TOUR_KO.replace('19개 도시 ', '')), ctxFor())).toBeNull();
  });
});
