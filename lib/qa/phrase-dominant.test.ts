// A term with a dominant rendering (most of its segments, not all) and the one segment where a near
// form stands: a syllable swapped, a syllable inserted, the English word not written in Hangul.
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { missingLoanFindings, writesEnglish } from './phrase-loans';
import { seg } from './testing';

const flagged = (pairs: [string, string][]) =>
  runDocumentChecks(pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }))).flatMap((r) =>
    r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.key}`),
  );

describe('phrase-consistency: near forms of a dominant rendering', () => {
  const RECOUNT = (odd: string): [string, string][] => [
    ['Court orders recount in governor race.', '충남지사 보궐선거 법원이 재검표 명령'],
    ['The court ordered a full recount of the ballots.', '법원은 투표지 전체를 다시 세라고 명령했다.'],
    ['Rhee asked for a recount on Wednesday.', '이 후보는 9일 재검표를 요구했다.'],
    ['The recount will begin on Tuesday. The judge who will oversee it said the result would come soon.', odd],
    ['If the recount confirms his victory, Noh will take office.', '재검표에서 당선이 확정되면 노 후보는 취임한다.'],
  ];
  it('flags a swapped syllable beside the usual form, when the document has settled on it', () => {
    expect(flagged(RECOUNT('재개표는 15일 시작된다. 재검표를 지휘할 부장판사는 결과가 곧 나온다고 말했다.'))).toContain(
      's3 phrase-consistency:recount',
    );
  });
  it('leaves the usual form alone, and a pair one other segment alone has', () => {
    expect(flagged(RECOUNT('재검표는 15일 시작된다. 재검표를 지휘할 부장판사는 결과가 곧 나온다고 말했다.'))).toEqual([]);
    expect(
      flagged([
        ['The fertility rate fell.', '출산율이 떨어졌다.'],
        ['The birth rate and the fertility rate both fell.', '출생률과 출산율이 모두 떨어졌다.'],
      ]),
    ).toEqual([]);
  });

  const BALLOTS = (odd: string): [string, string][] => [
    ['The court ordered a recount of the ballots.', '법원은 투표지 전체를 다시 세라고 명령했다.'],
    ['Rhee contests some 2,100 ballots.', '이 후보는 투표지 약 2100장을 문제 삼았다.'],
    ['The ballots are kept in sealed boxes.', '투표함은 봉인된 채 보관돼 있다.'],
    [`About one in five of the disputed ballots bear a smudged stamp.`, odd],
    ['Judges will look at each ballot.', '판사들은 투표지를 한 장씩 본다.'],
  ];
  it('flags a syllable inserted into the rendering most segments use', () => {
    expect(flagged(BALLOTS('문제의 투표용지 가운데 5분의 1에 번진 도장이 있다.'))).toContain('s3 phrase-consistency:ballot');
    expect(flagged(BALLOTS('문제의 투표지 가운데 5분의 1에 번진 도장이 있다.'))).toEqual([]);
  });
  it('reads two segments when the rendering has three syllables, not two', () => {
    expect(
      flagged([
        ['She says 2,100 ballots were wrongly ruled invalid.', '그는 무효표로 잘못 처리된 2100장을 문제 삼았다.'],
        ['The NEC received complaints about invalid ballots.', '선관위는 무효투표 관련 민원을 받았다.'],
      ]),
    ).toEqual(['s1 phrase-consistency:ballot']);
    expect(
      flagged([
        ['The bill passed the committee.', '법안이 위원회를 통과했다.'],
        ['The bill now goes to the floor.', '법률안은 이제 본회의로 간다.'],
      ]),
    ).toEqual([]);
  });

  it('reads two words side by side as one expanded rendering (해임 결의안 for 해임안)', () => {
    const MOTION = (odd: string): [string, string][] => [
      ['At the meeting, the motion passed with 62.4 percent of the votes.', '주총에서 해임안은 의결권의 62.4%로 가결됐다.'],
      ['She said she had voted for the motion.', odd],
    ];
    expect(flagged(MOTION('그는 해임 결의안에 찬성표를 던졌다고 말했다.'))).toEqual(['s1 phrase-consistency:motion']);
    expect(flagged(MOTION('그는 해임 요구에 찬성표를 던졌다고 말했다.'))).toEqual([]);
  });

  it('leaves a full form before its shortening, and two bodies of a month, alone', () => {
    expect(
      flagged([
        ['North Korea protested over joint military drills.', '북한은 한미 연합군사훈련에 항의했다.'],
        ['The joint military drills remain a sore point.', '연합훈련은 여전히 민감한 사안이다.'],
      ]),
    ).toEqual([]);
    expect(
      flagged([
        ['The Financial Services Commission met in July.', '금융위원회는 7월 회의를 열었다.'],
        ['The Monetary Policy Committee also met in July.', '금융통화위원회도 7월 회의를 열었다.'],
      ]),
    ).toEqual([]);
  });

  it('reads a short English word written in Hangul (월드 for world) and a possessive as no modifier', () => {
    expect(writesEnglish('월드', 'world')).toBe(true);
    expect(writesEnglish('세계', 'world')).toBe(false);
    // A Korean word of the same sounds (호우, heavy rain) writes no cluster as loans do.
    expect(writesEnglish('호우', 'hour')).toBe(false);
    const found = (odd: string) =>
      missingLoanFindings(
        [
          ['Its world tour sells 420,000 tickets.', '월드투어는 42만 장 판매'],
          ["The dispute has not hurt the group's world tour.", odd],
        ].map(([en, ko], i) => ({ id: `s${i}`, sourceText: en!, targetText: ko! })),
      ).map((f) => f.segmentId);
    expect(found('분쟁에도 세계 순회공연은 타격을 받지 않았다.')).toEqual(['s1']);
    expect(found('분쟁에도 월드투어는 타격을 받지 않았다.')).toEqual([]);
  });
});

describe('phrase-consistency: an expansion after a whole word', () => {
  it('keeps the front word whole', async () => {
    const { expandedAfterWord } = await import('./phrase-inserted');
    expect(expandedAfterWord('해임안', '해임 결의안')).toBe(true);
    expect(expandedAfterWord('지난해', '지난주 올해')).toBe(false);
    expect(expandedAfterWord('해임안', '해임 요구')).toBe(false);
  });
});

describe('phrase-consistency: the English grown as the Korean did', () => {
  it('reads a content word inserted into a phrase of the other segment', async () => {
    const { englishExpanded } = await import('./phrase-inserted');
    expect(englishExpanded('The bill extends paid parental leave.', 'Lawmakers approve paid leave.')).toBe(true);
    expect(englishExpanded('She said she had voted for the motion.', 'The motion passed with 62.4 percent.')).toBe(false);
  });
});
