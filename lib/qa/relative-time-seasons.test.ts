import { describe, expect, it } from 'vitest';
import { relativeTimeCheck } from './relative-time';
import { monthTenseSlips } from './relative-time-months';
import { keys, runOne } from './testing';

describe('relative time: seasons', () => {
  const en = 'He had 30 days to agree terms or go back to the KBO for next season.';
  it('flags a season shifted (next season → 올 시즌)', () => {
    expect(keys(runOne(relativeTimeCheck, en, '30일 안에 합의하지 못하면 올 시즌 KBO 리그로 돌아가야 했다.'))).toEqual([
      'relative-time:next-season->this-year',
    ]);
    expect(keys(runOne(relativeTimeCheck, 'He led the league last season.', '그는 다음 시즌 리그 1위에 올랐다.'))).toEqual([
      'relative-time:last-season->next-season',
    ]);
  });
  it('accepts the season or the year it falls in', () => {
    expect(keys(runOne(relativeTimeCheck, en, '30일 안에 합의하지 못하면 다음 시즌 KBO 리그로 돌아가야 했다.'))).toEqual([]);
    expect(keys(runOne(relativeTimeCheck, en, '30일 안에 합의하지 못하면 내년 KBO 리그로 돌아가야 했다.'))).toEqual([]);
    expect(keys(runOne(relativeTimeCheck, 'He won 15 games last season.', '그는 지난해 15승을 올렸다.'))).toEqual([]);
    expect(keys(runOne(relativeTimeCheck, 'He won 15 games this season.', '그는 올해 15승을 올렸다.'))).toEqual([]);
  });
});

describe('relative time: a bare month against the tense', () => {
  const past = 'Cheon pitched for South Korea at the World Baseball Classic in Tokyo in March.';
  const future = 'Cheon will report to spring training in February.';
  it('flags a past month written as next year’s, a future one as last year’s', () => {
    expect(monthTenseSlips(past, '천 선수는 내년 3월 도쿄에서 열린 대회에 출전했다.').map((s) => s.target.text)).toEqual(['내년 3월']);
    expect(keys(runOne(relativeTimeCheck, future, '천 선수는 지난 2월 스프링캠프에 합류한다.'))).toEqual([
      'relative-time:month:February->지난 2월',
    ]);
  });
  it('accepts the marker the tense calls for, the month alone, and a month the English dates itself', () => {
    expect(monthTenseSlips(past, '천 선수는 지난 3월 도쿄에서 열린 대회에 출전했다.')).toEqual([]);
    expect(monthTenseSlips(past, '천 선수는 올해 3월 도쿄에서 열린 대회에 출전했다.')).toEqual([]);
    expect(monthTenseSlips(future, '천 선수는 내년 2월 스프링캠프에 합류한다.')).toEqual([]);
    expect(monthTenseSlips('He signed last March and will pitch in March.', '그는 지난 3월 계약했다')).toEqual([]);
    // A sentence in both tenses is not judged.
    expect(monthTenseSlips('He said in March that he will retire.', '그는 내년 3월 은퇴한다고 말했다')).toEqual([]);
  });
});

describe('relative time: reported future', () => {
  it('leaves a month in reported speech alone (said he would … in February → 내년 2월)', () => {
    const en = 'Cheon said he would move next month and start before spring training opens in February.';
    expect(monthTenseSlips(en, '천 선수는 다음 달 건너가 내년 2월 스프링캠프가 시작되기 전부터 훈련할 계획이라고 밝혔다.')).toEqual([]);
  });
});

describe('relative time: the clause of the month', () => {
  it('reads the tense of the month’s own clause, not of the sentence', () => {
    const en = 'They raised prices by 5 percent in the first half, and the two steelmakers want another increase from January.';
    expect(monthTenseSlips(en, '두 철강사는 내년 1월부터 t당 3만 원을 더 올리려 한다.')).toEqual([]);
    const past = 'Cheon pitched in Tokyo in March, striking out seven.';
    expect(monthTenseSlips(past, '천 선수는 내년 3월 도쿄에서 호투했다.').map((s) => s.source.text)).toEqual(['March']);
  });
});

describe('relative time: a sentence that opens on the month', () => {
  it('reads the tense of the main clause after an opening time phrase (From March, Seoul will …)', () => {
    const en = 'From March, Seoul will add 14 late-night bus routes and run lines 2 and 5 until 1 a.m. on Fridays, Yoo said.';
    expect(monthTenseSlips(en, '유 실장은 지난 3월부터 심야버스 노선 14개를 추가하겠다고 밝혔다.').map((s) => s.target.text)).toEqual([
      '지난 3월',
    ]);
    expect(monthTenseSlips(en, '유 실장은 내년 3월부터 심야버스 노선 14개를 추가하겠다고 밝혔다.')).toEqual([]);
    const past = 'In March, the council approved the plan.';
    expect(monthTenseSlips(past, '시의회는 지난 3월 계획을 승인했다.')).toEqual([]);
    expect(monthTenseSlips(past, '시의회는 오는 3월 계획을 승인했다.').map((s) => s.target.text)).toEqual(['오는 3월']);
    // Only an opening phrase borrows the main clause's tense: a month in a verbless clause inside
    // the sentence is not judged.
    expect(monthTenseSlips('The plan, from March, will add routes.', '계획은 지난 3월부터 노선을 늘린다.')).toEqual([]);
  });
});

describe('relative time: words that only look past', () => {
  it('does not read the currency won or a hundred as a past verb', () => {
    const en = 'the two steelmakers want another increase of 30,000 won a tonne from January';
    expect(monthTenseSlips(en, '두 철강사는 내년 1월부터 t당 3만 원을 더 올리려 한다.')).toEqual([]);
    expect(monthTenseSlips('a hundred ships in June', '내년 6월 100척')).toEqual([]);
  });
});

describe('relative time: a clause in both tenses', () => {
  it('leaves a month whose clause is past and future at once alone', () => {
    const en = 'The IMO agreed in April on a carbon price that will take effect in 2028.';
    expect(monthTenseSlips(en, '국제해사기구는 지난 4월 2028년부터 시행되는 탄소 가격제에 합의했다.')).toEqual([]);
  });
});
