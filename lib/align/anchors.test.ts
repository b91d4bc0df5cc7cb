import { describe, expect, it } from 'vitest';
import { acronyms, countQuotes, extractAnchors, romanisedPairs } from './anchors';

/** Token strings of one paragraph's anchors; the paragraph must exist. */
const tokensOf = (a: ReturnType<typeof extractAnchors>, ids: Int32Array | undefined) => {
  if (!ids) throw new Error('no such paragraph');
  return [...ids].map((id) => a.tokens[id]!).sort();
};

describe('anchors', () => {
  it('finds romanised names with their Korean form, and later mentions of the full name', () => {
    const en = ['A statement by Kwon Jong-gun(권정근), director of U.S. Affairs.', 'Kwon Jong-gun said more.', 'Kwon lashed out.'];
    expect(romanisedPairs(en)).toEqual([{ source: 'Kwon Jong-gun', target: '권정근' }]);
    const a = extractAnchors(en, ['권정근 국장은 담화를 냈다.', '권 국장은 비난했다.']);
    const named = (ids: Int32Array | undefined) => tokensOf(a, ids).filter((t) => t.startsWith('h:'));
    expect(named(a.source[0])).toEqual(['h:권정근']);
    expect(named(a.source[1])).toEqual(['h:권정근']);
    expect(named(a.source[2])).toEqual([]);
    expect(named(a.target[0])).toEqual(['h:권정근']); // particles attached: substring match
  });

  it('keeps acronyms Korean writes in Latin letters, not dotted ones', () => {
    expect(acronyms('The WFP and the IAEA, not the U.S. or the U.N., nor NATO.')).toEqual(['WFP', 'IAEA', 'NATO']);
    expect(acronyms('북한은 NPT에서 탈퇴했고 WFP는 우려했다.')).toEqual(['NPT', 'WFP']);
  });

  it('uses glossary terms on word boundaries, case-insensitively', () => {
    const a = extractAnchors(
      ['Gaeseong liaison office', 'Kimchi'],
      ['개성 연락사무소', '김치'],
      [
        { source: 'liaison office', target: '연락사무소' },
        { source: 'Kim', target: '김' },
      ],
    );
    const terms = (ids: Int32Array | undefined) => tokensOf(a, ids).filter((t) => t.startsWith('t:'));
    expect(terms(a.source[0])).toEqual(['t:연락사무소']);
    expect(terms(a.source[1])).toEqual([]);
    expect(terms(a.target[0])).toEqual(['t:연락사무소']);
  });

  it('shares number tokens between sides and weighs names above numbers', () => {
    const a = extractAnchors(['On August 20th, 2019.'], ['2019년 8월 20일.']);
    expect(tokensOf(a, a.source[0])).toEqual(tokensOf(a, a.target[0]));
    const b = extractAnchors(['Kwon Jong-gun(권정근) in 2019'], ['권정근 2019']);
    const weight = (t: string) => b.weights[b.tokens.indexOf(t)]!;
    expect(weight('h:권정근')).toBeGreaterThan(weight('n:2019'));
  });

  it('counts quoted passages', () => {
    expect(countQuotes('a “new path,” and “old path”', false)).toBe(2);
    expect(countQuotes('‘새로운 길’과 “옛길”', true)).toBe(1); // ‘…’ is emphasis in Korean, not a quotation
    expect(countQuotes('don’t', false)).toBe(0);
  });
});

describe('anchors on news text', () => {
  const tokens = tokensOf;

  it('reads no number from an HTML entity', () => {
    const a = extractAnchors(['Tensions rose &#8212; again.'], ['긴장이 다시 고조됐다.']);
    expect(tokens(a, a.source[0])).toEqual([]);
  });

  it('ignores dateline places and agencies the Korean never has', () => {
    const a = extractAnchors(
      ["LONDON, England (CNN) -- Britain's inflation fell to 3.9 percent."],
      ['영국의 물가상승률이 3.9%로 떨어졌다.'],
    );
    expect(tokens(a, a.source[0])).toEqual(['n:3.9']);
    expect(tokens(a, a.target[0])).toEqual(['n:3.9']);
  });

  it('drops acronyms found on one side of the document only (spelled out or added in brackets)', () => {
    const a = extractAnchors(
      ['The JCS said the missile fell outside the zone.'],
      ['합참은 미사일이 배타적경제수역(EEZ) 밖에 떨어졌다고 밝혔다.'],
    );
    expect(tokens(a, a.source[0])).toEqual([]);
    expect(tokens(a, a.target[0])).toEqual([]);
  });

  it('matches agency names to their Korean form', () => {
    const a = extractAnchors(['KCNA said the test succeeded.'], ['조선중앙통신은 시험이 성공했다고 전했다.']);
    expect(tokens(a, a.source[0])).toEqual(tokens(a, a.target[0]));
    expect(tokens(a, a.source[0])).toEqual(['h:조선중앙통신']);
  });

  it('matches "Aug. 20" with "8월 20일" and lets a weekday against "지난 8일" cost little', () => {
    const en = ['The talks on Aug. 20 failed.', 'It fired a missile on Tuesday.', 'It tested another on Dec. 8.'];
    const a = extractAnchors(en, ['8월 20일 회담은 결렬됐다.', '지난 8일 미사일을 발사했다.', '12월 8일 또 시험했다.']);
    expect(tokens(a, a.source[0])).toEqual(tokens(a, a.target[0]));
    expect(tokens(a, a.source[0])).toEqual(['n:8', 'n:d20']);
    // The weekday leaves the Korean day unmatched, but a day weighs far less than a number.
    expect(tokens(a, a.target[1])).toEqual(['n:d8']);
    expect(a.weights[a.tokens.indexOf('n:d8')]).toBeLessThan(a.weights[a.tokens.indexOf('n:12')]! / 2);

    // A day that the English never gives is no evidence at all.
    const b = extractAnchors(['It fired a missile on Tuesday.'], ['지난 8일 미사일을 발사했다.']);
    expect(tokens(b, b.target[0])).toEqual([]);
  });

  it('matches fractions and multiplicatives', () => {
    const a = extractAnchors(
      ['About two-thirds agreed.', 'Prices rose twice as fast.'],
      ['약 3분의 2가 동의했다.', '물가는 두 배 속도로 올랐다.'],
    );
    expect(tokens(a, a.source[0])).toEqual(tokens(a, a.target[0]));
    expect(tokens(a, a.source[1])).toEqual(tokens(a, a.target[1]));
    expect(tokens(a, a.source[1])).toEqual(['n:2']);
  });

  it("reads nothing from a translator's note", () => {
    const a = extractAnchors(
      ['Each time, both sides blamed the other.'],
      ['(역자 주: 2012년 합의로 24만t을 지원하기로 했다.) 그때마다 양측은 서로 비난했다.'],
    );
    expect(tokens(a, a.target[0])).toEqual([]);
  });
});
