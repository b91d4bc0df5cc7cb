// A body and the title of its head (위원회 / 위원장): `terms` accepts a glossary body rendered inside
// its head's title where the English says the person heads it; `phrase-consistency` does not take
// the body and its head for one phrase rendered two ways.
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { bodyAndHead, headedInSource, headTitles } from './term-heads';
import { termsCheck } from './terms';
import { keys, runOne, seg } from './testing';
import type { QaTerm } from './types';

const TERMS: QaTerm[] = [
  { source: 'Ethics Committee', target: '윤리위원회', kind: 'TERM' },
  { source: 'Korea Baseball Organization', target: '한국야구위원회', kind: 'TERM' },
  { source: 'National Police Agency', target: '경찰청', kind: 'TERM' },
  { source: 'Korea Tennis Association', target: '대한테니스협회', kind: 'TERM' },
];
const terms = (en: string, ko: string) => keys(runOne(termsCheck, en, ko, TERMS));

describe('term-heads: the title of a body’s head', () => {
  it('writes the head of a committee, an association, an agency', () => {
    expect(headTitles('윤리위원회')).toEqual(['윤리위원회장', '윤리위원장']);
    expect(headTitles('대한테니스협회')).toEqual(['대한테니스협회장']);
    expect(headTitles('경찰청')).toEqual(['경찰청장']);
    expect(headTitles('이사회')).toContain('이사장');
    expect(headTitles('회담')).toEqual([]);
  });

  it('pairs a body with its head, either way round', () => {
    expect(bodyAndHead('전력강화위원회', '전력강화위원장')).toBe(true);
    expect(bodyAndHead('경찰청장', '경찰청')).toBe(true);
    expect(bodyAndHead('협회장', '협회')).toBe(true);
    // Two bodies, or two heads, or a body and another word: no.
    expect(bodyAndHead('윤리위원회', '인사위원회')).toBe(false);
    expect(bodyAndHead('위원장', '부위원장')).toBe(false);
    expect(bodyAndHead('시장', '시청')).toBe(false);
    expect(bodyAndHead('회장', '회의')).toBe(false);
    expect(bodyAndHead('국회', '국장')).toBe(false);
  });

  it('reads a person heading the body in the English', () => {
    const s = 'Lee, who chairs the party’s Ethics Committee, said no.';
    expect(headedInSource(s, s.indexOf('Ethics'), s.indexOf(','))).toBe(true);
    const t = 'The head of the National Police Agency resigned.';
    expect(headedInSource(t, t.indexOf('National'), t.indexOf(' resigned'))).toBe(true);
    const u = 'Ethics Committee chairman Lee said no.';
    expect(headedInSource(u, 0, 16)).toBe(true);
    const v = 'Lee told the Ethics Committee that he would resign.';
    expect(headedInSource(v, v.indexOf('Ethics'), v.indexOf(' that'))).toBe(false);
  });
});

describe('terms: a glossary body rendered inside its head’s title', () => {
  it('accepts the head’s title where the English says the person heads the body', () => {
    expect(terms('Lee Sang-woo, who chairs the Ethics Committee, said no.', '이상우 윤리위원장은 아니라고 말했다.')).toEqual([]);
    expect(terms('Park, head of the National Police Agency, resigned.', '박 경찰청장이 사임했다.')).toEqual([]);
    expect(terms('Korea Tennis Association president Kim spoke first.', '김 대한테니스협회장이 먼저 말했다.')).toEqual([]);
    expect(terms('Choi, who leads the Korea Baseball Organization, agreed.', '최 한국야구위원장도 동의했다.')).toEqual([]);
  });

  it('still reports the body missing where nobody heads it, or the title is another body’s', () => {
    expect(terms('Lee told the Ethics Committee that he would resign.', '이씨는 윤리위원장에게 사퇴하겠다고 말했다.')).toEqual([
      'terms:missing:Ethics Committee',
    ]);
    expect(terms('Lee, who chairs the Ethics Committee, said no.', '이 인사위원장은 아니라고 말했다.')).toEqual([
      'terms:missing:Ethics Committee',
    ]);
    expect(terms('Park, head of the National Police Agency, resigned.', '박 청장이 사임했다.')).toEqual([
      'terms:missing:National Police Agency',
    ]);
  });
});

describe('phrase-consistency: a body and its head are two referents', () => {
  const flagged = (pairs: [string, string][]) =>
    runDocumentChecks(pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }))).flatMap((r) =>
      r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.key}`),
    );

  it('does not report the committee beside its chairman', () => {
    expect(
      flagged([
        [
          'The party’s ethics committee will meet on Monday to weigh the complaint.',
          '당 윤리위원회는 월요일 회의를 열어 징계 요구를 검토한다.',
        ],
        ['Lee, who chairs the ethics committee, said the hearing would be open.', '이 윤리위원장은 청문회를 공개하겠다고 말했다.'],
        ['The ethics committee has not expelled a member since 2019.', '윤리위원회는 2019년 이후 당원을 제명한 적이 없다.'],
      ]),
    ).toEqual([]);
  });

  it('still reports two bodies for one', () => {
    expect(
      flagged([
        [
          'The party’s ethics committee will meet on Monday to weigh the complaint.',
          '당 윤리위원회는 월요일 회의를 열어 징계 요구를 검토한다.',
        ],
        ['The ethics committee said the hearing would be open.', '인사위원회는 청문회를 공개하겠다고 밝혔다.'],
        ['The ethics committee has not expelled a member since 2019.', '윤리위원회는 2019년 이후 당원을 제명한 적이 없다.'],
      ]).length,
    ).toBeGreaterThan(0);
  });
});
