import { describe, expect, it } from 'vitest';
import { repeatedWordCheck } from './repeated-word';
import { keys, runOne } from './testing';

const k = (ko: string, en = 'x') => keys(runOne(repeatedWordCheck, en, ko));

describe('repeated-word: copies separated by a tab', () => {
  it('flags a word doubled with a tab between, as from two spreadsheet cells', () => {
    expect(k('참가자들은\t참가자들은 오전 9시에 모였다.')).toEqual(['repeated-word:twice:참가자들은']);
    expect(k('정부는 예산을\t예산을 늘렸다.')).toEqual(['repeated-word:twice:예산을']);
  });
  it('leaves different words across a tab alone', () => {
    expect(k('항목\t금액\t비고')).toEqual([]);
  });
});

describe('repeated-word: a sentence written twice in a row', () => {
  it('flags the doubled sentence', () => {
    expect(k('이상으로 오늘의 날씨였습니다. 이상으로 오늘의 날씨였습니다.')).toEqual([
      'repeated-word:sentence:이상으로 오늘의 날씨였습니다.',
    ]);
    expect(k('회의는 오후에 끝났다. 결론은 없었다. 결론은 없었다.')).toEqual(['repeated-word:sentence:결론은 없었다.']);
  });
  it('leaves one-word sentences, quoted pleas, different sentences and a repetition the source has', () => {
    for (const ok of [
      '고맙습니다. 고맙습니다.',
      '그는 “살려 주세요. 살려 주세요.”라고 외쳤다.',
      '회의는 끝났다. 회의는 다시 열린다.',
      '물가가 올랐다. 임금은 그대로였다.',
      '안 됩니다! 안 됩니다!',
      '정말 그럴까? 정말 그럴까?',
    ])
      expect(k(ok), ok).toEqual([]);
    expect(k('나는 간다. 나는 간다.', '나는 간다. 나는 간다. (in Korean)')).toEqual([]);
  });
});

describe('repeated-word: a bracketed group written twice', () => {
  it('flags a gloss or acronym inserted twice', () => {
    expect(k('세계보건기구(WHO)(WHO)가 경고했다.')).toEqual(['repeated-word:twice:(WHO)']);
    expect(k('국제통화기금(IMF)(IMF)은 전망을 낮췄다.')).toEqual(['repeated-word:twice:(IMF)']);
    expect(k('총재[사진][사진]는 말했다.')).toEqual(['repeated-word:twice:[사진]']);
  });
  it('leaves two different brackets and a single gloss alone', () => {
    for (const ok of [
      '세계보건기구(WHO)(스위스 제네바)가 경고했다.',
      '세계보건기구(WHO)가 경고했다.',
      '값(원)(달러) 표',
      '(1)(2)항을 적용한다.',
    ])
      expect(k(ok), ok).toEqual([]);
  });
});

describe('repeated-word: a member of a comma list written twice', () => {
  it('flags the doubled member', () => {
    expect(k('수출국은 태국과 인도, 인도, 파키스탄 순이다.')).toEqual(['repeated-word:twice:인도']);
    expect(k('부산, 울산, 울산 등 동남권 도시가 포함됐다.')).toEqual(['repeated-word:twice:울산']);
    expect(k('대구, 광주, 광주와 대전이 후보다.')).toEqual(['repeated-word:twice:광주']);
  });
  it('leaves cries, quoted speech, different members and a word that only starts like its neighbour', () => {
    for (const ok of [
      '그는 “가자, 가자, 어서 가자”고 외쳤다.',
      '아니, 아니, 그게 아니다.',
      '빨리, 빨리, 서두르라는 재촉이 이어졌다.',
      '서울, 부산, 인천 등 대도시가 포함됐다.',
      '인도, 인도네시아, 태국 순이다.',
      '조금씩, 조금씩, 앞으로 나아갔다.',
      '그래, 그래, 알았다.',
    ])
      expect(k(ok), ok).toEqual([]);
  });
});
