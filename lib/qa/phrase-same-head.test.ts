import { describe, expect, it } from 'vitest';
import { determinedStarts, nounAfterDeterminer, otherFront, sameHeadFindings } from './phrase-same-head';

const found = (pairs: [string, string][]) =>
  sameHeadFindings(pairs.map(([en, ko], i) => ({ id: `s${i}`, sourceText: en, targetText: ko }))).map(
    (f) => `${f.segmentId} ${f.english}: ${f.variant} / ${f.usual}`,
  );

describe('phrase-consistency: another front on the head of a settled rendering', () => {
  it('reads another front on one head, not a shortening, a referring word or an opposite', () => {
    expect(otherFront('창업자', '설립자')).toBe(true);
    expect(otherFront('보궐선거', '재선거')).toBe(true);
    expect(otherFront('연합군사훈련', '군사훈련')).toBe(false);
    expect(otherFront('보궐선거', '전선거')).toBe(false);
    expect(otherFront('유효표', '무효표')).toBe(false);
    expect(otherFront('재검표', '재개표')).toBe(false);
  });

  const FOUNDER = (odd: string, third = '투자자들은 창업자 한 사람에게 의존하지 않는 회사를 원한다.'): [string, string][] => [
    ['K-pop agency Starhaven ousts founder in shareholder vote', '스타헤이븐 창업자 황재석 주총서 해임'],
    ['Shareholders voted on Monday to remove founder Hwang Jae-seok as chief executive.', odd],
    ['"Investors want a company that does not depend on a single founder," she said.', third],
  ];
  it('flags the one segment where another word on the same head renders the word', () => {
    expect(found(FOUNDER('주주들은 7일 설립자 황재석 최고경영자를 해임했다.'))).toEqual(['s1 founder: 설립자 / 창업자']);
  });
  it('leaves the settled word, a word the others do not all share, and two candidates alone', () => {
    expect(found(FOUNDER('주주들은 7일 창업자 황재석 최고경영자를 해임했다.'))).toEqual([]);
    expect(
      found(FOUNDER('주주들은 7일 설립자 황재석 최고경영자를 해임했다.', '그는 회사가 한 사람에게 의존해서는 안 된다고 말했다.')),
    ).toEqual([]);
    expect(found(FOUNDER('주주들은 7일 설립자 황재석 대표를 두고 관계자 회의를 열었다.'))).toEqual([]);
  });
  it('leaves a qualifier the document writes elsewhere (유급 of 유급 육아휴직) and a name’s Hangul alone', () => {
    const LEAVE = (odd: string): [string, string][] => [
      ['Lawmakers approve a childcare leave reform.', '국회, 육아휴직 개편안 의결'],
      ['The childcare leave will last 18 months, and paid leave will grow.', '육아휴직은 18개월로 늘고 유급 휴가도 늘어난다.'],
      ['Fathers took the childcare leave more often.', '아빠들의 육아휴직 사용이 늘었다.'],
      ['Most firms said the childcare leave was hard to grant.', odd],
    ];
    expect(found(LEAVE('기업 대부분은 유급휴직을 주기 어렵다고 했다.'))).toEqual([]);
    expect(found(LEAVE('기업 대부분은 출산휴직을 주기 어렵다고 했다.'))).toEqual(['s3 childcare: 출산휴직 / 육아휴직']);
    const LEAGUE = (odd: string): [string, string][] => [
      ['He will play in Major League Baseball, the top league.', '그는 최상위 메이저리그에서 뛴다.'],
      ['Kim moved to Major League Baseball in a league deal.', '김은 메이저리그로 옮겼다.'],
      ['He hit 30 home runs in the regular league season.', odd],
    ];
    expect(found(LEAGUE('그는 정규리그에서 홈런 30개를 쳤다.'))).toEqual([]);
  });

  it('reads a hyphened English word whole (by-election), as its own term', () => {
    const BY = (odd: string): [string, string][] => [
      ['Early-voting turnout hit a record in the by-elections.', '보궐선거 사전투표율 역대 최고'],
      ['Noh won the governor’s by-election by 387 votes.', '노 후보가 충남지사 보궐선거에서 387표 차로 이겼다.'],
      ['Turnout was up from the by-elections of April 2025.', '지난해 4월 재보궐선거보다 높다.'],
      ['She said it was the first time she had voted in a by-election.', odd],
    ];
    expect(found(BY('그는 재선거 투표는 처음이라고 했다.'))).toEqual(['s3 by-election: 재선거 / 보궐선거']);
    expect(found(BY('그는 보궐선거 투표는 처음이라고 했다.'))).toEqual([]);
  });
});

describe('a noun after a determiner, read once per source', () => {
  // The rule as the pattern it replaces: /(?<![A-Za-z])(?:a|an|the|…)\s+(?:[a-z-]+\s+)?word/i.
  const pattern = (w: string) =>
    new RegExp(`(?<![A-Za-z])(?:a|an|the|its|their|his|her|our|this|that|these|those|each|every|any)\\s+(?:[a-z-]+\\s+)?${w}`, 'i');
  const sources = [
    'The founder left; a single founder stays.',
    'They hold talks with the by-election board.',
    'Data founder and re-a founder and THE  Founders.',
    'Its\nfounder, their new-style by election, any one-off by-election.',
    'bathe founder; an founder',
    'the, founder; the big bang founder; the\u00a0founder',
  ];
  const words = ['founder', 'by.election', 'talk', 'board', 'new.style', 'one.off', 'bang', 'big', 'single', 'style'];
  it('finds the word where the pattern does, and nowhere else', () => {
    for (const s of sources)
      for (const w of words) expect(nounAfterDeterminer(s, determinedStarts(s), w), `${w} in ${s}`).toBe(pattern(w).test(s));
  });
  it('finds a noun after an article and after an article and one word', () => {
    expect(nounAfterDeterminer('a single founder', determinedStarts('a single founder'), 'founder')).toBe(true);
    expect(nounAfterDeterminer('to hold talks', determinedStarts('to hold talks'), 'talk')).toBe(false);
  });
});
