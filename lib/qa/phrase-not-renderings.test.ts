// Words that render no English noun, whatever their letters share with one: a verb form or a Korean
// compound read as an English word in Hangul (발의한 for “plan”, 공교육 for “gong”, 교사단 for
// “question”), a demonstrative before a noun read as a compound expanded (이 글의 for 이의), a
// memo-style verb end read as a term's head (출제했음 beside 출제위원).
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { writesEnglish } from './phrase-loans';
import { expandedAfterWord } from './phrase-inserted';
import { units } from './phrase-heads';
import { seg } from './testing';

const flagged = (pairs: [string, string][]) =>
  runDocumentChecks(pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }))).flatMap((r) =>
    r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.key}`),
  );

describe('phrase-consistency: a Hangul word writes an English word only with its extra syllables epenthetic', () => {
  it('keeps loanwords whose extra syllables write consonants or a glide', () => {
    for (const [h, e] of <[string, string][]>[
      ['플랜', 'plan'],
      ['캠프', 'camp'],
      ['스프링', 'spring'],
      ['스태프', 'staff'],
      ['텍스트', 'text'],
      ['필름', 'film'],
      ['에이전트', 'agent'],
      ['체인지', 'change'],
      ['스마트', 'smart'],
      ['브랜드', 'brand'],
    ])
      expect(writesEnglish(h, e), `${h} ${e}`).toBe(true);
  });

  it('rejects Korean words and verb forms whose extra syllables carry vowels of their own', () => {
    for (const [h, e] of <[string, string][]>[
      ['발의한', 'plan'],
      ['공교육', 'gong'],
      ['보고한', 'book'],
      ['반대한', 'band'],
      ['계약한', 'kick'],
      ['포기한', 'park'],
    ])
      expect(writesEnglish(h, e), `${h} ${e}`).toBe(false);
  });

  it('does not take a drafting verb for the Hangul of “plan”', () => {
    expect(
      flagged([
        [
          'How can farmers plan anything, asked the lawmaker who drafted the bill.',
          '법안을 발의한 의원은 농민이 무슨 계획을 세우겠느냐고 물었다.',
        ],
        ['Under its plan, the ministry wants to cut the area.', '농식품부는 면적을 줄인다는 계획이다.'],
        ['The vote is set for Thursday.', '표결은 목요일이다.'],
      ]),
    ).toEqual([]);
  });
});

describe('phrase-consistency: a determiner before a noun is no compound expanded', () => {
  it('reads a word before the end as a front only when it is no determiner', () => {
    expect(expandedAfterWord('해임안', '해임 결의안')).toBe(true);
    expect(expandedAfterWord('예산안', '예산 편성안')).toBe(true);
    for (const [u, v] of [
      ['이의', '이 글의'],
      ['그안', '그 법안'],
      ['각안', '각 의안'],
      ['새안', '새 법안'],
      ['이번안', '이번 개정안'],
      ['전의원', '전 국회의원'],
    ])
      expect(expandedAfterWord(u!, v!), v).toBe(false);
  });
});

describe('phrase-consistency: a Korean compound of a word and a group suffix is no English word in Hangul', () => {
  const QUESTION = (last: string): [string, string][] => [
    ['Every question was checked three times.', '모든 문항을 세 차례씩 검토했다.'],
    ['The question in dispute is No. 34.', '논란이 된 문항은 34번이다.'],
    ['Over 800 objections concern that question.', '이의 신청 800건이 그 문항에 몰렸다.'],
    ['Candidates said the question had two answers.', '수험생들은 이 문항의 정답이 두 개라고 주장했다.'],
    ['A teacher on the analysis team said the question was fair.', last],
  ];

  it('does not take 교사단 beside 교사 for “question” written in Hangul', () => {
    expect(flagged(QUESTION('분석 교사단 소속인 한 교사는 출제가 공정했다고 평가했다.'))).toEqual([]);
  });
});

describe('phrase-consistency: a tense with the nominal -음 is no term head', () => {
  it('splits no memo-style verb end into a front and a head', () => {
    for (const w of ['출제했음', '마무리됐음', '끝났음', '참석하겠음', '보냈음'])
      expect(
        units(`보고서에는 “${w}”이라고 적혀 있었다.`).some((u) => u.unit === w),
        w,
      ).toBe(false);
    // A noun ending in 음 stays a compound (녹음, 소음, 발음 are nouns).
    expect(units('공사현장소음 문제가 커졌다.').some((u) => u.unit === '공사현장소음')).toBe(true);
  });
});
