import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { englishTerms, headSwapFindings, units } from './phrase-heads';
import { seg } from './testing';

const segs = (pairs: [string, string][]) => pairs.map(([en, ko], i) => ({ id: `s${i}`, sourceText: en, targetText: ko }));
const found = (pairs: [string, string][]) => headSwapFindings(segs(pairs)).map((f) => `${f.segmentId} ${f.variant} / ${f.usual}`);

// A document where “standard contract” is 표준계약서 in one paragraph and “contract” 계약서 in another.
const CONTRACT: [string, string][] = [
  [
    'Under the standard contract used by the platforms, the platform keeps the rights.',
    '플랫폼들이 쓰는 표준계약서에 따르면 플랫폼이 판권을 갖는다.',
  ],
  ['Writers signed a contract that gave the platform all rights.', '작가들은 플랫폼이 모든 권리를 갖는 계약서에 서명했다.'],
  ['The ministry will add a clause to its standard webtoon contract next year.', '정부는 내년 웹툰 표준 약관에 조항을 넣겠다고 밝혔다.'],
];

describe('phrase-consistency: one term, the same front with another head', () => {
  it('reads two content words in order, next to each other or one word apart', () => {
    const t = englishTerms('It will add a clause to its standard webtoon contract.');
    expect(t.get('standard contract')).toBe('standard webtoon contract');
    expect(t.get('standard webtoon')).toBe('standard webtoon');
    // A stop word or a name ends the term; number words are no term.
    expect(englishTerms('the contract of the year').has('contract year')).toBe(false);
    expect(englishTerms('sales of 2 trillion won').size).toBe(0);
    expect(englishTerms('the Naver Webtoon platform').size).toBe(0);
  });

  it('splits compounds after a front of two syllables and reads two adjacent words', () => {
    const u = units('웹툰 표준계약서에 따르면').map((x) => `${x.front}|${x.head}`);
    expect(u).toContain('표준|계약서');
    expect(u).toContain('웹툰|표준계약서');
    // A counter after a number is no front (두 번째 수위계).
    expect(units('두 번째 수위계').map((x) => x.front)).not.toContain('번째');
    // A verb form is no compound (통해서).
    expect(units('이를 통해서만').map((x) => x.unit)).not.toContain('통해서만');
  });

  it('takes a one-syllable noun with 과/와 “and” for the first of a list, no front (열과 기침), but nouns in 과/와 (결과 발표)', () => {
    const fronts = (t: string) => units(t).map((x) => x.front);
    expect(fronts('열과 기침이 난다')).not.toContain('열과');
    expect(fronts('코와 목이 아프다')).not.toContain('코와');
    expect(fronts('눈과 입을 가렸다')).not.toContain('눈과');
    expect(fronts('산과 바다를 찾았다')).not.toContain('산과');
    expect(fronts('술과 담배를 끊었다')).not.toContain('술과');
    // Nouns of their own in 과/와, and 과/와 that does not agree with the syllable, stay fronts.
    expect(fronts('결과 발표가 늦어졌다')).toContain('결과');
    expect(fronts('효과 분석을 맡았다')).toContain('효과');
    expect(fronts('성과 평가를 받았다')).toContain('성과');
    expect(fronts('기와 지붕을 얹었다')).toContain('기와');
    expect(fronts('외과 병동이 닫혔다')).toContain('외과');
    expect(fronts('치과 진료를 받았다')).toContain('치과');
    // The list is no term: fever and cough / fever and rash under “infectious disease”.
    expect(
      found([
        ['An infectious disease doctor said the fever and cough look like flu.', '감염내과 의사는 열과 기침이 독감 같다고 말했다.'],
        [
          'The infectious disease office urged anyone with a fever and rash to call.',
          '감염병관리과는 열과 발진이 나면 전화하라고 당부했다.',
        ],
        ['It raised the infectious disease alert.', '감염병 경보를 올렸다.'],
        ['Many had a rash on the arms.', '많은 환자가 팔에 발진이 났다.'],
      ]),
    ).toEqual([]);
  });

  it('folds no -us or -ss as a plural (infectious disease, business school)', () => {
    expect(englishTerms('an infectious disease specialist').has('infectious disease')).toBe(true);
    expect(englishTerms('the business schools').has('business school')).toBe(true);
    expect(englishTerms('standard contracts').has('standard contract')).toBe(true);
  });

  it('reports the lone head: 표준 약관 where the document writes 표준계약서 and 계약서', () => {
    expect(found(CONTRACT)).toEqual(['s2 표준 약관 / 표준계약서']);
    const issues = runDocumentChecks(CONTRACT.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }))).flatMap((r) =>
      r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.key}`),
    );
    expect(issues).toEqual(['s2 phrase-consistency:standard contract']);
  });

  it('stays silent on the same rendering, a front found without the term, or two heads both used elsewhere', () => {
    // The same head in both (표준계약서, 표준 계약서: spacing only).
    expect(found([CONTRACT[0]!, CONTRACT[1]!, [CONTRACT[2]![0], '정부는 내년 웹툰 표준 계약서에 조항을 넣겠다고 밝혔다.']])).toEqual([]);
    // 북한 stands in paragraphs without the term: a topic word, not the term's front.
    expect(
      found([
        ['The joint military drills angered the North.', '한미 연합훈련에 북한 외무성이 반발했다.'],
        ['Pyongyang called the joint military drills a rehearsal.', '북한 대변인은 연합훈련을 리허설이라고 했다.'],
        ['The North fired a missile.', '북한은 미사일을 쐈다.'],
      ]),
    ).toEqual([]);
    // Both heads written in other paragraphs too: two things (operating profit and loss), no lone head.
    expect(
      found([
        ['Quarterly operating results beat forecasts.', '분기 영업이익이 예상을 웃돌았다.'],
        ['Operating results of the unit were weak.', '해당 부문은 영업손실을 냈다.'],
        ['The profit rose; the loss narrowed.', '이익은 늘고 손실은 줄었다.'],
      ]),
    ).toEqual([]);
  });

  it('reports two words that keep only the first syllable of each word pair, once the two paragraphs share no word of the term', () => {
    const credit: [string, string][] = [
      ['It is studying a tax credit for producers.', '정부는 제작사에 세액공제를 해 주는 방안을 검토한다.'],
      ['Critics say a tax credit will help broadcasters.', '비판론자들은 세금 감면 혜택이 방송사에 돌아갈 것이라고 말한다.'],
    ];
    expect(found(credit)).toEqual(['s1 세금 감면 / 세액공제']);
    // Both paragraphs keep 세액공제: the term's rendering is shared, nothing is reported.
    expect(found([credit[0]!, [credit[1]![0], '비판론자들은 세액공제 혜택이 세금 감면과 달리 방송사에 돌아갈 것이라고 말한다.']])).toEqual(
      [],
    );
    // The English words apart (a tax on credit cards) are no term of two words side by side.
    expect(
      found([
        ['It is studying a tax credit for producers.', '정부는 제작사에 세액공제를 해 주는 방안을 검토한다.'],
        ['Critics say a tax on credit cards will hurt shops.', '비판론자들은 세금 감면 대신 카드 수수료가 가게에 부담이라고 말한다.'],
      ]),
    ).toEqual([]);
    // Two words sharing no first syllable (세액공제 / 조세 혜택) are not compared.
    expect(found([credit[0]!, [credit[1]![0], '비판론자들은 조세 혜택이 방송사에 돌아갈 것이라고 말한다.']])).toEqual([]);
  });

  it('takes no determiner, native number or counter for a word of the term (다른 어느, 다섯 번째), but nouns beside them (다년 계약)', () => {
    const u = units('다른 어느 구단보다 다섯 번째로 많은 다년 계약을 맺었다').map((x) => x.unit);
    expect(u).not.toContain('다른 어느');
    expect(u).not.toContain('다섯 번째');
    expect(u).toContain('다년 계약');
    expect(
      found([
        ['He signed a multi-year major league contract.', '그는 메이저리그 구단과 다년 계약을 맺었다.'],
        ['He dreamed of a major league mound more than any other club.', '그는 메이저리그 마운드를 다른 어느 구단보다 꿈꿨다.'],
        ['Major League Baseball approved the deal.', '메이저리그 사무국이 계약을 승인했다.'],
      ]),
    ).toEqual([]);
  });

  it('reads the term capitalised too when it asks whether both paragraphs keep one rendering (Major League / major league)', () => {
    // 메이저리그 in both paragraphs and elsewhere only for Major League Baseball: the term's rendering is
    // kept, and two other words sharing a first syllable (장기 계약 / 장문 제안) are not its renderings.
    const doc: [string, string][] = [
      ['He wants a long major league contract.', '그는 메이저리그 구단과 장기 계약을 원한다.'],
      ['A major league club sent a long offer.', '한 메이저리그 팀이 장문 제안을 보냈다.'],
      ['Major League Baseball approved it.', '메이저리그 사무국이 이를 승인했다.'],
    ];
    expect(found(doc)).toEqual([]);
    // Where the shared word also stands in a paragraph without the term at all, it is no rendering of it.
    expect(found([doc[0]!, doc[1]!, ['Baseball fans cheered.', '메이저리그 팬들이 환호했다.']])).toEqual(['s1 장문 제안 / 장기 계약']);
  });
});
