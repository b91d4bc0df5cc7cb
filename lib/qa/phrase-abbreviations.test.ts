import { describe, expect, it } from 'vitest';
import { abbreviates, abbreviationFindings } from './phrase-abbreviations';

type Pair = [string, string];
const found = (pairs: Pair[]) =>
  abbreviationFindings(pairs.map(([sourceText, targetText], i) => ({ id: `s${i}`, sourceText, targetText }))).map(
    (f) => `${f.segmentId} ${f.variant}/${f.usual}`,
  );

describe('phrase-consistency: one body under two Korean short forms (phrase-abbreviations.ts)', () => {
  it('knows a short form: first and last syllables kept, the others in order', () => {
    expect(abbreviates('문체부', '문화체육관광부')).toBe(true);
    expect(abbreviates('행안부', '행정안전부')).toBe(true);
    expect(abbreviates('복지부', '보건복지부')).toBe(false);
    expect(abbreviates('행안청', '행정안전부')).toBe(false);
  });
  const declared: Pair[] = [
    ['The Ministry of the Interior and Safety (MOIS) said …', '행정안전부(행안부)는 밝혔다.'],
    ['The ministry paid half.', '행안부가 절반을 냈다.'],
  ];
  it('flags another short form of the declared full name where the English speaks of the ministry', () => {
    expect(found([...declared, ['The interior minister visited.', '행전부 장관이 현장을 찾았다.']])).toEqual(['s2 행전부/행안부']);
    expect(
      found([
        ['The Ministry of Science and ICT said …', '과학기술정보통신부(과기정통부)는 밝혔다.'],
        ['The ministry will fund it.', '과기정통부가 예산을 댄다.'],
        ['The minister said …', '과기부 장관은 말했다.'],
      ]),
    ).toEqual(['s2 과기부/과기정통부']);
  });
  it('is silent on common words, on a culture desk, and where the document keeps its short form', () => {
    // Five correct sentences with short words that look like a ministry's short form.
    const ok: Pair[] = [
      ['The executive branch objected.', '행정부는 반대했다.'],
      ['The interior ministry and the executive branch disagreed.', '행안부와 행정부는 의견이 달랐다.'],
      ['Kim, of the culture desk, wrote it.', '문화부 김 기자가 썼다.'],
      ['The ministry will pay.', '행안부가 낸다.'],
      ['The ministry declined to comment.', '행안부는 언급을 피했다.'],
    ];
    expect(found([...declared, ...ok])).toEqual([]);
    expect(
      found([
        ['The Ministry of Culture, Sports and Tourism (MCST) said …', '문화체육관광부(문체부)는 밝혔다.'],
        ['Kim, of the newspaper’s culture desk, wrote it.', '문화부 김 기자가 썼다.'],
        ['The ministry paid.', '문체부가 냈다.'],
      ]),
    ).toEqual([]);
    // No short form declared: nothing to hold to.
    expect(found([['The interior minister visited.', '행전부 장관이 현장을 찾았다.'], declared[1]!])).toEqual([]);
  });
});
