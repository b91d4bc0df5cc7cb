import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { sentenceLevels } from './speech-level-detect';
import { honorificSubjectParticles } from './speech-level-honorific';
import { nominalSpokenQuotes } from './speech-level-quote-nominal';
import { seg } from './testing';
import type { QaSegment } from './types';

const doc = (...targets: string[]): QaSegment[] => targets.map((t, i) => seg('x.', t, { id: `s${i}` }));
const speech = (d: QaSegment[]) => runDocumentChecks(d).map((x) => x.issues.filter((i) => i.check === 'speech-level').map((i) => i.key));
const words = (t: string) => honorificSubjectParticles(t).map((h) => h.word);

describe('speech level: the honorific subject particle 께서 in 해라체 narration', () => {
  it('finds 께서 outside quotations', () => {
    expect(words('김 장관께서는 이날 회견을 열었다.')).toEqual(['장관께서는']);
    expect(words('대통령께서도 현장을 찾았다.')).toEqual(['대통령께서도']);
    expect(words('그는 “교수님께서 먼저 제안하셨어요”라고 말했다.')).toEqual([]);
    expect(words('위원장은 회의를 열었다. 이 자리에서 위원들은 안건을 논의했다.')).toEqual([]);
  });
  it('flags it in a 해라체 document, not in a 합쇼체 script', () => {
    expect(
      speech(doc('박 원장께서는 이날 회견을 열었다.', '정부는 대책을 내놨다.', '노조는 파업을 풀었다.', '시장은 회견을 열었다.')),
    ).toEqual([['speech-level:honorific:원장께서는'], [], [], []]);
    expect(
      speech(doc('그는 “선생님께서 도와주셨다”고 말했다.', '정부는 대책을 내놨다.', '노조는 파업을 풀었다.', '시장은 회견을 열었다.')),
    ).toEqual([[], [], [], []]);
    expect(speech(doc('장관께서 직접 설명하셨습니다.', '오늘은 연금 개혁을 살펴보겠습니다.', '국회가 개혁안을 통과시켰습니다.'))).toEqual([
      [],
      [],
      [],
    ]);
  });
});

describe('speech level: 반말 hearsay (-래, -대) and 뭐야', () => {
  const levels = (t: string) => sentenceLevels(t).map((l) => `${l.level}:${l.word}`);
  it('reads them as 반말', () => {
    expect(levels('발표는 다음 달 3일이래.')).toEqual(['banmal:일이래']);
    expect(levels('그 가게는 벌써 문을 닫았대.')).toEqual(['banmal:닫았대']);
    expect(levels('결국 다시 찍어야 했지 뭐야.')).toEqual(['banmal:뭐야']);
  });
  it('leaves nouns in 래 and 대 and 以來 alone', () => {
    for (const t of ['문제는 미래.', '창사 이래.', '그것이 바로 시대.', '결과는 반대.', '두 회사의 거래.', '이번이 세대.'])
      expect(levels(t), t).toEqual([]);
  });
});

describe('speech level: a spoken quotation closed on a memo’s -음', () => {
  const found = (t: string) => nominalSpokenQuotes(t).map((l) => l.word);
  it('flags a quoted statement with a speech verb that ends in a past -음', () => {
    expect(found('그는 “이번 조사에서 모두 확인했음”이라고 말했다.')).toEqual(['확인했음']);
    expect(found('위원장은 “예산은 지난주에 이미 배정됐음”이라며 거듭 강조했다.')).toEqual(['배정됐음']);
  });
  it('leaves quoted notes, labels and nouns in 음 alone', () => {
    for (const t of [
      '쪽지에는 “오늘 잘 도착했음”이라고 적혀 있었다.',
      '그는 “점검 결과 이상 없음”이라고 밝혔다.',
      '그는 “재고 아직 있음”이라고 말했다.',
      '그는 “이런 경우는 정말 처음”이라고 말했다.',
      '그는 “이번 조사에서 모두 확인했습니다”라고 말했다.',
      '그는 “주민들의 마음”이라고 말했다.',
    ])
      expect(found(t), t).toEqual([]);
  });
});
