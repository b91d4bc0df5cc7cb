import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { expandedInside } from './phrase-inserted';
import { seg } from './testing';

const flagged = (pairs: [string, string][]) =>
  runDocumentChecks(pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }))).flatMap((r) =>
    r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.key}`),
  );

describe('phrase-consistency: a settled term expanded inside in one segment (법안 / 법률안)', () => {
  it('reads a word with one or two syllables inserted inside another, front and end kept', () => {
    expect(expandedInside('법안', '법률안')).toBe(true);
    expect(expandedInside('인구학자', '인구통계학자')).toBe(true);
    // A front or an end added, a swapped syllable, or three syllables inserted: no expansion.
    expect(expandedInside('법안', '법안들')).toBe(false);
    expect(expandedInside('법안', '개정법안')).toBe(false);
    expect(expandedInside('법안', '법률')).toBe(false);
    expect(expandedInside('법안', '법무부장관')).toBe(false);
  });

  const BILL = (last: string): [string, string][] => [
    ['Parliament passed the bill on Thursday.', '국회는 목요일 법안을 통과시켰다.'],
    ['The bill passed 181 to 12.', '법안은 찬성 181표로 가결됐다.'],
    ['Critics said the bill was too timid.', '비판론자들은 법안이 소극적이라고 했다.'],
    ['He said the bill would help little.', `그는 ${last}이 별 도움이 안 될 것이라고 했다.`],
  ];

  it('flags the segment that writes the expanded form', () => {
    expect(flagged(BILL('이번 법률안'))).toContain('s3 phrase-consistency:bill');
  });

  it('does not flag the settled form, or a shortening of it', () => {
    expect(flagged(BILL('이번 법안'))).toEqual([]);
    expect(flagged(BILL('이 안'))).toEqual([]);
  });
});
