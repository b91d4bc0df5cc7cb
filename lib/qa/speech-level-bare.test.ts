import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { levelOfWord, nounEndSentences } from './speech-level-detect';
import { seg } from './testing';
import type { QaSegment } from './types';

const doc = (...targets: string[]): QaSegment[] => targets.map((t, i) => seg('x.', t, { id: `s${i}` }));
const speech = (d: QaSegment[]) => runDocumentChecks(d).map((x) => x.issues.filter((i) => i.check === 'speech-level').map((i) => i.key));

describe('speech level: 반말 after a contracted past syllable, and the exclamative -네', () => {
  it('reads -어, -네 and -지 after any syllable in ㅆ as 반말', () => {
    for (const w of ['냈어', '갔어', '봤어', '됐어', '왔어', '있었네', '냈네', '했네', '있네', '봤지', '샀지'])
      expect(levelOfWord(w), w).toBe('banmal');
  });
  it('leaves nouns, 합쇼체, 해요체 and 해라체 endings alone', () => {
    for (const w of ['동네', '우리네', '아테네', '그네', '상어', '단어', '언어', '요지', '의지', '현지', '토지'])
      expect(levelOfWord(w), w).not.toBe('banmal');
    expect(levelOfWord('했네요')).toBe('haeyo');
    expect(levelOfWord('냈습니다')).toBe('hapsyo');
    expect(levelOfWord('냈다')).toBe('haera');
  });
  it('flags a narration sentence in contracted 반말 among 해라체 ones', () => {
    expect(speech(doc('회사는 지난해 적자를 냈어.', '정부는 대책을 내놨다.', '노조는 파업을 풀었다.'))).toEqual([
      ['speech-level:banmal:냈어'],
      [],
      [],
    ]);
  });
});

describe('speech level: a body sentence cut to a headline’s bare noun ending', () => {
  it('finds a punctuated sentence of three words or more ending in a noun', () => {
    expect(nounEndSentences('철도공사는 오후부터 운행을 전면 중단.').map((s) => s.word)).toEqual(['중단']);
    expect(nounEndSentences('정부는 다음 달 대책을 내놓을 방침. 회의는 끝났다.').map((s) => s.word)).toEqual(['방침']);
  });
  it('leaves verb endings, nominalised -음/-ㅁ, short labels, a copula glued to a bracket and questions', () => {
    for (const t of [
      '정부는 대책을 내놨다.',
      '수출은 4개월 연속 줄었음.',
      '비용은 세금을 포함.',
      '사진 제공.',
      '연봉은 약 39억 원(260만 유로)다.',
      '무엇이 문제인가?',
      '그는 “모두의 책임.”이라고 썼다.',
      // A feature's scene-setting line: a time and a place, no clause.
      '5일 오전 경북 운곡군 달내면 감실마을.',
      '3일 새벽 강원 고성군 거진항.',
      '다시 메종 옥동.',
      '지난달 28일 밤 서울 마포구 한 골목.',
      '올해 가을 경남 하동군 평사리 마을.',
    ])
      expect(nounEndSentences(t), t).toEqual([]);
  });
  it('flags it in a paragraph whose other sentences end in a verb, once in the document', () => {
    expect(
      speech(
        doc(
          '여객선 운항이 모두 통제됐다. 항공사는 오후부터 제주 노선 운항을 전면 중단.',
          '정부는 대책을 내놨다.',
          '노조는 파업을 풀었다. 협상은 다음 주 재개된다.',
        ),
      ),
    ).toEqual([['speech-level:bare:중단'], [], []]);
    expect(
      speech(doc('시장은 착공식에 참석했다. 그는 내년 봄 개장 일정을 밝힐 예정.', '공사는 석 달 늦어졌다.', '회의는 끝났다.')),
    ).toEqual([['speech-level:bare:예정'], [], []]);
  });
  it('leaves a lone noun-ending line (a caption, a headline with a full stop) and a document that writes several', () => {
    for (const d of [
      doc('이번 사고는 모두의 책임.', '노조는 파업을 풀었다.', '회의는 끝났다.'),
      doc('이런 일은 처음.', '노조는 파업을 풀었다.', '회의는 끝났다.'),
      doc('수출이 늘었다. 반도체 호조 덕분.', '수입은 줄었다. 유가 하락 영향.', '회의는 끝났다.'),
      doc('주가가 올랐다. 외국인 매수세가 이어진 결과다.', '회의는 끝났다.'),
      doc('정부는 “모든 방안을 검토 중.”이라고 밝혔다. 회의는 끝났다.', '노조는 파업을 풀었다.'),
    ])
      expect(speech(d).flat(), d[0]!.targetText).toEqual([]);
  });
});
