import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { honoursSubject } from './speech-level-honorific';
import { seg } from './testing';
import type { QaSegment } from './types';

const doc = (...targets: string[]): QaSegment[] => targets.map((t, i) => seg('x.', t, { id: `s${i}` }));
const speech = (d: QaSegment[]) => runDocumentChecks(d).map((x) => x.issues.filter((i) => i.check === 'speech-level').map((i) => i.key));

describe('speech level: 해라체 narration that honours its subject (말씀하셨다)', () => {
  it('reads the past honorific -시- and 말씀하시다 on a sentence’s last word', () => {
    for (const w of ['말씀하셨다', '밝히셨다', '오셨다', '계셨다', '말씀하신다', '가르치셨다', '하시었다'])
      expect(honoursSubject(w), w).toBe(true);
  });
  it('leaves verbs whose stem ends in 시, plain past forms and nouns alone', () => {
    for (const w of ['마셨다', '모셨다', '들이마셨다', '말했다', '밝혔다', '다쳤다', '가르쳤다', '시작했다', '신다', '넘쳤다'])
      expect(honoursSubject(w), w).toBe(false);
  });
  it('flags it in the narration of a 해라체 document, not in quotes or a 합쇼체 script', () => {
    expect(
      speech(
        doc('백 청장은 백신을 추가로 확보했다고 말씀하셨다.', '정부는 대책을 내놨다.', '노조는 파업을 풀었다.', '시장은 회견을 열었다.'),
      ),
    ).toEqual([['speech-level:honorific:말씀하셨다'], [], [], []]);
    expect(
      speech(
        doc('그는 “할아버지는 늘 그렇게 말씀하셨다”고 말했다.', '정부는 대책을 내놨다.', '노조는 파업을 풀었다.', '시장은 회견을 열었다.'),
      ),
    ).toEqual([[], [], [], []]);
    expect(speech(doc('그는 물을 한 잔 마셨다.', '정부는 대책을 내놨다.', '노조는 파업을 풀었다.'))).toEqual([[], [], []]);
    expect(speech(doc('장관께서 직접 말씀하셨습니다.', '오늘은 연금 개혁을 살펴보겠습니다.', '국회가 개혁안을 통과시켰습니다.'))).toEqual([
      [],
      [],
      [],
    ]);
  });
});
