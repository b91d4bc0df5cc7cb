import { describe, expect, it } from 'vitest';
import { bodyEndFindings } from './phrase-body-ends';
import { compileTerms } from './term-matching';
import type { QaTerm } from './types';

const TERMS = compileTerms(<QaTerm[]>[
  { source: 'Korea Consumer Federation', target: '한국소비자연맹', kind: 'TERM' },
  { source: 'National Taxi Drivers Union', target: '전국택시노동조합', kind: 'TERM' },
  { source: 'Seoul Tenants Alliance', target: '서울세입자연대', kind: 'TERM' },
]);
const segs = (pairs: [string, string][]) => pairs.map(([en, ko], i) => ({ id: `s${i}`, sourceText: en, targetText: ko }));
const found = (pairs: [string, string][]) => bodyEndFindings(segs(pairs), TERMS).map((f) => `${f.segmentId} ${f.variant} / ${f.usual}`);

describe('phrase-consistency: a glossary body named with another kind of body at its end', () => {
  it('flags the same name with its last word swapped where the English names the body', () => {
    expect(
      found([
        ['The Korea Consumer Federation filed a complaint.', '한국소비자연맹은 진정을 냈다.'],
        ['The federation’s head said prices were unfair.', '한국소비자협회 회장은 가격이 부당하다고 말했다.'],
      ]),
    ).toEqual(['s1 한국소비자협회 / 한국소비자연맹']);
    expect(
      found([
        ['The Seoul Tenants Alliance held a rally.', '서울세입자연대는 집회를 열었다.'],
        ['The alliance says it has 4,000 members.', '서울세입자연합은 회원이 4000명이라고 밝혔다.'],
      ]),
    ).toEqual(['s1 서울세입자연합 / 서울세입자연대']);
  });

  it('leaves the glossary name, another glossary body, a longer name and a segment that names no such body', () => {
    for (const doc of <[string, string][][]>[
      [
        ['The Korea Consumer Federation filed a complaint.', '한국소비자연맹은 진정을 냈다.'],
        ['The federation said so again.', '한국소비자연맹은 같은 입장을 되풀이했다.'],
      ],
      // Another body of the glossary sharing the front (서울세입자연대 / 전국택시노동조합 apart).
      [
        ['The National Taxi Drivers Union went on strike.', '전국택시노동조합은 파업에 들어갔다.'],
        ['A union of bus drivers joined.', '버스 기사들의 노동조합도 동참했다.'],
      ],
      // The English of the segment names no federation: another group.
      [
        ['The Korea Consumer Federation filed a complaint.', '한국소비자연맹은 진정을 냈다.'],
        ['A consumer group in Busan agreed.', '부산의 한국소비자협회도 동의했다.'],
      ],
      // A word inside a longer word (the front not starting a word).
      [
        ['The Seoul Tenants Alliance held a rally.', '서울세입자연대는 집회를 열었다.'],
        ['The alliance met the mayor.', '신서울세입자연합 대표가 시장을 만났다.'],
      ],
      // The name only once in the document.
      [['The federation’s head spoke.', '한국소비자협회 회장이 발언했다.']],
    ])
      expect(found(doc), doc.map((d) => d[1]).join(' ')).toEqual([]);
  });
});
