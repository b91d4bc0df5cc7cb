// Two referents are no phrase rendered two ways: two qualifiers of one head, opposites, a name, a
// unit of a figure, a phrase run into a preposition.
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { opposites } from './phrase-antonyms';
import { englishTerms } from './phrase-heads';
import { missingLoanFindings } from './phrase-loans';
import { writesName } from './phrase-synonym-pass';
import { seg } from './testing';

const flagged = (pairs: [string, string][]) =>
  runDocumentChecks(pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }))).flatMap((r) =>
    r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.key}`),
  );

describe('phrase-consistency: two referents are no phrase rendered two ways', () => {
  const MEETING = (first: string, second: string, korean: string): [string, string][] => [
    [
      `At an ${first} general meeting in Seoul, the motion passed with 62 percent.`,
      '서울에서 열린 임시주주총회에서 해임안은 62%로 가결됐다.',
    ],
    [`Shareholders will vote again at the ${second} general meeting in March.`, `주주들은 3월 ${korean}에서 다시 표결한다.`],
  ];

  it('keeps one head under two qualifiers apart (extraordinary / annual general meeting)', () => {
    expect(flagged(MEETING('extraordinary', 'annual', '정기주주총회'))).toEqual([]);
  });

  it('still compares the head under one qualifier', () => {
    expect(flagged(MEETING('extraordinary', 'extraordinary', '특별주주총회')).length).toBeGreaterThan(0);
  });

  it('still compares a head under two grades (a bigger / a monthly allowance)', () => {
    expect(
      flagged([
        ['Lawmakers approve a bigger childcare allowance.', '국회, 양육수당 인상'],
        ['Parents will get a monthly childcare allowance of 300,000 won.', '부모는 월 보육수당 30만 원을 받는다.'],
        ['The childcare allowance starts in March.', '양육수당은 3월부터 지급된다.'],
      ]),
    ).toContain('s1 phrase-consistency:childcare allowance');
  });

  it('reads opposites: a syllable and its opposite, or a negated word', () => {
    expect(opposites('유효표', '무효표')).toBe(true);
    expect(opposites('상반기', '하반기')).toBe(true);
    expect(opposites('공정', '불공정')).toBe(true);
    expect(opposites('정규직', '비정규직')).toBe(true);
    // Near forms of one word.
    expect(opposites('재검표', '재개표')).toBe(false);
    expect(opposites('무효표', '무효투표')).toBe(false);
    expect(opposites('출산율', '출생률')).toBe(false);
    expect(opposites('비용', '용')).toBe(false);
  });

  it('does not report opposites that share a paragraph’s English words', () => {
    expect(
      flagged([
        [
          'Rhee says some 420 ballots bear a so-called "smudged stamp". A ballot is valid if intent is clear.',
          '이 후보 측은 420여 장에 ‘번진 도장’이 있다고 주장한다. 의사가 분명하면 유효표로 인정된다.',
        ],
        [
          'The NEC received 36 complaints about invalid ballots and will review its rules on the "smudged stamp".',
          '선관위는 무효표 관련 민원 36건이 접수됐다며 ‘번진 도장’ 규정을 검토하겠다고 밝혔다.',
        ],
      ]),
    ).toEqual([]);
  });

  it('ends an English term at a preposition', () => {
    expect([...englishTerms('Shareholders of the agency behind the girl group voted.').keys()]).not.toContain('agency behind');
    expect([...englishTerms('The standard contract of the agency was signed.').keys()]).toContain('standard contract');
  });

  it('reads a Korean word that writes a name of the source as the name’s', () => {
    const src = 'The campaign was led by Seorin Partners, a private-equity fund.';
    expect(writesName('서린파트너스', src)).toBe(true);
    expect(writesName('사모펀드', src)).toBe(false);
    // A capital that only starts the sentence is no name.
    expect(writesName('파트너스', 'Partners of the fund met.')).toBe(false);
  });

  const POINTS = (last: string): [string, string][] => [
    ['Turnout rose 4.6 percentage points from April.', '투표율은 4월보다 4.6%포인트 높다.'],
    ['The gap narrowed by 2 percentage points.', '격차는 2%포인트 좁혀졌다.'],
    ['The margin of error was 3.1 percentage points.', last],
  ];
  it('reads percentage points as a figure’s unit, however the figure writes it', () => {
    const ids = (pairs: [string, string][]) =>
      missingLoanFindings(pairs.map(([en, ko], i) => ({ id: `s${i}`, sourceText: en, targetText: ko }))).map((f) => f.segmentId);
    expect(ids(POINTS('표본오차는 ±3.1%p다.'))).toEqual([]);
    expect(ids(POINTS('표본오차는 ±3.1%포인트다.'))).toEqual([]);
  });
});
