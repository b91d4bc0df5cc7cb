import { describe, expect, it } from 'vitest';
import { repeatedWordCheck } from './repeated-word';
import { keys, runOne } from './testing';

describe('repeated-word check', () => {
  it('flags a word written twice in a row', () => {
    expect(keys(runOne(repeatedWordCheck, 'x', '이번 제안은 미묘한 미묘한 시점에 나왔다.'))).toEqual(['repeated-word:twice:미묘한']);
    expect(keys(runOne(repeatedWordCheck, 'x', '여전히 여전히, 유효하다'))).toEqual(['repeated-word:twice:여전히']);
    expect(runOne(repeatedWordCheck, 'x', '같은 같은 말')[0]!.targetSpan).toEqual({ start: 0, end: 5 });
  });
  it('flags a noun retyped with another particle, the subject copy left before it (환자가 환자는)', () => {
    const r = (ko: string) => keys(runOne(repeatedWordCheck, 'x', ko));
    expect(r('올해 환자가 환자는 대전에서 나왔다.')).toEqual(['repeated-word:twice:환자']);
    expect(r('정부가 정부는 대책을 내놨다.')).toEqual(['repeated-word:twice:정부']);
    expect(r('학생들이 학생들은 모두 귀가했다.')).toEqual(['repeated-word:twice:학생들']);
    expect(r('위원회가 위원회는 결론을 미뤘다.')).toEqual(['repeated-word:twice:위원회']);
    // A subject and the same noun as object or another case, a topic and its predicate noun, a noun
    // before a copula or a suffix: sentences Korean writes on purpose.
    expect(r('사람이 사람을 돕는다.')).toEqual([]);
    expect(r('환자가 환자를 돌보는 병동이다.')).toEqual([]);
    expect(r('기업이 기업에 투자했다.')).toEqual([]);
    expect(r('법은 법이다.')).toEqual([]);
    expect(r('문제가 문제인 만큼 서둘러야 한다.')).toEqual([]);
    expect(r('국가가 국가답게 나서야 한다.')).toEqual([]);
    expect(r('시간이 시간인지라 모두 돌아갔다.')).toEqual([]);
  });
  it('flags a word doubled across a line break the source does not have, not across the source’s own', () => {
    const r = (en: string, ko: string) => keys(runOne(repeatedWordCheck, en, ko));
    expect(r('They will check the vaccination records.', '학교는 예방접종\n예방접종 기록을 확인한다.')).toEqual([
      'repeated-word:twice:예방접종',
    ]);
    expect(r('The plan was dropped.', '그 계획은\r\n계획은 폐기됐다.')).toEqual([]);
    expect(r('Arirang,\nArirang', '아리랑\n아리랑')).toEqual([]);
    expect(r('Seoul. Seoul has grown.', '서울\n서울은 커졌다.')).toEqual(['repeated-word:twice:서울']);
  });
  it('allows idiomatic doubling, numbers, punctuation between and a doubling the source has', () => {
    expect(runOne(repeatedWordCheck, 'x', '하나 하나 따져 보면 “더 더 나빠진다. 그래, 그래.” 2 2')).toEqual([]);
    expect(runOne(repeatedWordCheck, 'It was very very late.', 'very very 늦었다')).toEqual([]);
  });
  it('flags an idiomatic doubling after a number, where the first copy is a counter', () => {
    expect(keys(runOne(repeatedWordCheck, 'x', '작가 몫을 두 차례 차례 올렸으며'))).toEqual(['repeated-word:twice:차례']);
    expect(keys(runOne(repeatedWordCheck, 'x', '2 차례 차례 미뤘다'))).toEqual(['repeated-word:twice:차례']);
    expect(runOne(repeatedWordCheck, 'x', '손님이 차례 차례 들어왔다. 문제를 하나 하나 풀었다. 두 번 차례 차례 불렀다.')).toEqual([]);
  });
  it('flags a one-syllable adverb doubled in narration, not in quoted speech', () => {
    expect(keys(runOne(repeatedWordCheck, 'x', '두 철강사는 내년 1월부터 더 더 올리려 한다.'))).toEqual(['repeated-word:twice:더']);
    expect(runOne(repeatedWordCheck, 'x', '그는 “또 또 그런다”고 말했다. 잘 잘라 냈다.')).toEqual([]);
  });
  it('flags a noun repeated with a particle on its second copy', () => {
    expect(keys(runOne(repeatedWordCheck, 'x', '선박은 거제 조선소 조선소에서 건조된다.'))).toEqual(['repeated-word:twice:조선소']);
    expect(keys(runOne(repeatedWordCheck, 'x', '정부 정부의 대책'))).toEqual(['repeated-word:twice:정부']);
    // A one-syllable noun, a longer word that merely starts like the first, an idiom: no alarm.
    expect(runOne(repeatedWordCheck, 'x', '집 집에서 나왔다. 정부 정부청사로 갔다. 하나 하나를 따졌다. 사람 사람들')).toEqual([]);
  });
});

describe('the last member of a · list doubled', () => {
  it('flags 배터리·디스플레이 디스플레이', () => {
    expect(keys(runOne(repeatedWordCheck, 'x', '배터리·디스플레이 디스플레이 공장에 힘입어'))).toEqual(['repeated-word:twice:디스플레이']);
  });
  it('leaves a list followed by another word, and 미·중 중 (among the two)', () => {
    expect(runOne(repeatedWordCheck, 'x', '배터리·디스플레이 공장에 힘입어')).toEqual([]);
    expect(runOne(repeatedWordCheck, 'x', '미·중 중 어느 쪽도 양보하지 않았다')).toEqual([]);
  });
});

describe('a member of a · list written twice around one dot', () => {
  it('flags 여수·무안·무안·군산 and 무안·무안에서', () => {
    expect(keys(runOne(repeatedWordCheck, 'x', '여수·무안·무안·군산 등 해안 공항'))).toEqual(['repeated-word:twice:무안']);
    expect(keys(runOne(repeatedWordCheck, 'x', '여수·무안·무안에서 발생했다'))).toEqual(['repeated-word:twice:무안']);
  });
  it('leaves distinct members, a member that only starts like its neighbour, one syllable and digits', () => {
    expect(runOne(repeatedWordCheck, 'x', '여수·무안·군산 등 해안 공항. 무안·무안군 일대. 남·남 갈등. 6·6 합의')).toEqual([]);
    expect(runOne(repeatedWordCheck, 'x', '대한무안·무안 공항')).toEqual([]);
  });
});

describe('repeated word right after an opening mark', () => {
  it('flags a word doubled just inside a quotation or a bracket', () => {
    expect(keys(runOne(repeatedWordCheck, '"Prices rose," he said.', '그는 “물가 물가 상승이 컸다”고 말했다.'))).toEqual([
      'repeated-word:twice:물가',
    ]);
    expect(keys(runOne(repeatedWordCheck, 'the ministry (of finance)', '재정부(재정 재정 담당)는'))).toEqual(['repeated-word:twice:재정']);
  });
  it('leaves a quotation that opens on a word the text then says again differently, and idioms', () => {
    for (const ok of [
      '“나라 밖으로 나간 나라의 유산”',
      '“하나 하나 챙기겠다”고 했다.',
      '(정부 안) 정부는',
      '“그래, 그래” 하고 웃었다.',
      '‘세계 속의 한국’',
    ])
      expect(runOne(repeatedWordCheck, 'x', ok), ok).toEqual([]);
  });

  it('flags two copies separated by a no-break, thin or ideographic space as by a plain one', () => {
    const k = (t: string) => keys(runOne(repeatedWordCheck, 'x', t));
    expect(k('이날 기관은\u00a0기관은 주식을 팔았다.')).toEqual(['repeated-word:twice:기관은']);
    expect(k('정부는\u202f정부는 대책을 내놨다.')).toEqual(['repeated-word:twice:정부는']);
    expect(k('새로운\u3000새로운 방안')).toEqual(['repeated-word:twice:새로운']);
    // Different words, idioms and punctuation between stay silent, whatever the space.
    expect(k('이날 기관은\u00a0주식을 팔았다. 하나\u00a0하나 따졌다. 그래,\u00a0그래.')).toEqual([]);
    expect(k('정부는\u3000대책을\u202f내놨다.')).toEqual([]);
  });
});
