import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { seg } from './testing';

const flagged = (pairs: [string, string][]) =>
  runDocumentChecks(pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }))).flatMap((r) =>
    r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.key}`),
  );

describe('phrase-consistency: a near-synonym that renders another English word', () => {
  const LEVY = (last: [string, string]): [string, string][] => [
    ['The council passed a levy on visitors.', '도의회는 관광객에게 분담금을 물리기로 했다.'],
    ['Visitors will pay the levy from next year.', '관광객은 내년부터 분담금을 낸다.'],
    ['The levy charges visitors up to 5,000 won.', '분담금은 관광객에게 최대 5000원이다.'],
    last,
  ];

  it('is silent when the phrase keeps its rendering and the usual word translates a word this sentence lacks', () => {
    // “travellers” (여행객) is not “visitors” (관광객); “levy” is 분담금 here as everywhere.
    expect(
      flagged(LEVY(['Agents say the levy will push travellers abroad.', '업계는 분담금 때문에 여행객이 해외로 갈 것이라고 한다.'])),
    ).toEqual([]);
  });

  it('still flags the near-synonym when the sentence has the same English word', () => {
    expect(
      flagged(LEVY(['Agents say the levy will push visitors abroad.', '업계는 분담금 때문에 여행객이 해외로 갈 것이라고 한다.'])),
    ).toContain('s3 phrase-consistency:visitor');
  });
});

describe('phrase-consistency: a near-synonym against the document’s general word', () => {
  const TRAVEL = (filler: number): [string, string][] => [
    ['Independent travellers returned.', '개별 관광객이 돌아왔다.'],
    ...Array.from({ length: filler }, (_, i): [string, string] => [`Visitors came in month ${i + 1}.`, `${i + 1}월에도 관광객이 왔다.`]),
    ['Agents say travellers will go abroad.', '업계는 여행객이 해외로 갈 것이라고 한다.'],
  ];

  it('is silent when the usual word stands in more than six segments and only one other has the phrase', () => {
    expect(flagged(TRAVEL(7)).filter((k) => k.includes('traveller'))).toEqual([]);
  });

  it('flags the near-synonym when the usual word is the phrase’s own', () => {
    expect(flagged(TRAVEL(0))).toContain('s1 phrase-consistency:traveller');
  });
});
