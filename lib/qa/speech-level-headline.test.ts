// An ellipsis joining a headline's or standfirst's clauses is not a sentence end.
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { sentenceLevels } from './speech-level-detect';
import type { QaSegment } from './types';

const levels = (ko: string) => sentenceLevels(ko).map((l) => `${l.level}:${l.word}`);
const seg = (id: string, targetText: string): QaSegment => ({ id, sourceText: 'An English sentence.', targetText, state: 'TRANSLATED' });

describe('an ellipsis inside an unpunctuated line (headline, standfirst)', () => {
  it('reads no speech level before it', () => {
    expect(levels('보잉 737기, 활주로 끝 지나 85m 미끄러져… 탑승자 180명 전원 생존, 국토부는 9곳 전수 점검')).toEqual([]);
    expect(levels('여객기 활주로 이탈… 조사위 “새 떼와 부딪혀”')).toEqual([]);
    // A polite ending still counts, as at an unpunctuated line's end.
    expect(levels('정부 “지원하겠습니다”… 피해 주민 반발')).toEqual([]);
    expect(levels('국민께 사과드립니다… 대표 고개 숙여')).toEqual(['hapsyo:사과드립니다']);
  });
  it('still ends a sentence in a punctuated line, or at the line’s own end', () => {
    expect(levels('그는 결국 미끄러져… 다시 일어났다.')).toEqual(['banmal:미끄러져', 'haera:일어났다']);
    expect(levels('활주로 끝까지 미끄러져…')).toEqual(['banmal:미끄러져']);
    expect(levels('활주로 이탈… 탑승자 전원 생존\n그는 결국 미끄러져… 다시 일어났다.')).toEqual(['banmal:미끄러져', 'haera:일어났다']);
  });
  it('raises no 반말 alarm on a standfirst in a 해라체 story, and still on a 반말 slip in its prose', () => {
    const doc = (ko: string) => [
      seg('h', '여객기 85m 미끄러져… 탑승자 전원 생존'),
      seg('a', '조사위는 기록장치를 회수했다. 조사는 계속된다.'),
      seg('b', ko),
      seg('c', '국토부는 점검에 나섰다. 점검은 내년까지 이어진다.'),
    ];
    const keys = (ko: string) =>
      runDocumentChecks(doc(ko))
        .flatMap((r) => r.issues.map((i) => `${r.segmentId} ${i.key}`))
        .filter((k) => k.includes('banmal'));
    expect(keys('항공사는 사과했다. 보상은 다음 주에 시작된다.')).toEqual([]);
    expect(keys('항공사는 사과했어. 보상은 다음 주에 시작된다.')).toEqual(['b speech-level:banmal:사과했어']);
  });
});
