import { describe, expect, it } from 'vitest';
import { phraseConsistencyCheck } from './phrase-consistency';
import { anchoredSynonymPass, inName } from './phrase-anchored';
import { renamedInstitutionPass } from './phrase-renamed';
import { companyNamePass, writesNameWord } from './phrase-company-names';
import { ctxFor, seg } from './testing';
import type { QaIssue } from './types';

type Pair = [string, string];
const docOf = (pairs: Pair[]) => pairs.map(([en, ko], i) => ({ id: `s${i}`, sourceText: en, targetText: ko }));
const run = (pass: (s: ReturnType<typeof docOf>, out: Map<string, QaIssue[]>) => void, pairs: Pair[]) => {
  const out = new Map<string, QaIssue[]>();
  pass(docOf(pairs), out);
  return [...out].flatMap(([id, issues]) => issues.map((i) => `${id} ${i.key}`));
};
const anchored = (pairs: Pair[]) => run((s, out) => anchoredSynonymPass(s, out, 'en'), pairs);
const renamed = (pairs: Pair[]) => run((s, out) => renamedInstitutionPass(s, s.map((x) => x.targetText).join('\n'), out, 'en'), pairs);
const company = (pairs: Pair[]) => run((s, out) => companyNamePass(s, out, 'en'), pairs);

describe('phrase-consistency: one English word in two words of an anchored group (phrase-anchored.ts)', () => {
  const carriers: Pair[] = [
    ['Low-cost carriers grew fast.', '저비용항공사들이 빠르게 성장했다.'],
    ['The ministry will inspect all low-cost carriers.', '국토부는 저비용항공사 전체를 점검한다.'],
  ];
  it('flags the rarer word where the English has the same anchor', () => {
    expect(anchored([...carriers, ['Another low-cost flight diverted.', '또 다른 저가항공사 항공편은 회항했다.']])).toEqual([
      's2 phrase-consistency:low-cost flight',
    ]);
    // Two anchors in one paragraph, two words: the later of a tie.
    expect(
      anchored([['It will pay compensation. The compensation comes to 2 billion won.', '보상금을 지급한다. 위로금 총액은 20억 원이다.']]),
    ).toEqual(['s0 phrase-consistency:compensation']);
    // Written with a space or without, one word (활주로 이탈 / 활주로이탈); a technical word beside it is reported.
    expect(
      anchored([
        ['The jet overran the runway.', '여객기가 활주로 이탈 사고를 냈다.'],
        ['Overruns are common.', '활주로이탈은 흔하다.'],
        ['An overrun rarely has one cause.', '활주로 과주는 원인이 하나인 경우가 드물다.'],
      ]),
    ).toEqual(['s2 phrase-consistency:overrun']);
  });
  it('flags an English term written in Hangul where the other segments translate it (인플레이션 / 물가 상승)', () => {
    expect(
      anchored([
        ['Inflation slowed to 2 percent.', '물가 상승률은 2%로 둔화했다.'],
        ['Inflation expectations eased.', '기대 물가 상승도 누그러졌다.'],
        ['The bank still worries about inflation.', '중앙은행은 여전히 인플레이션을 우려한다.'],
      ]),
    ).toEqual(['s2 phrase-consistency:inflation']);
    // A word of a name is no anchor: the Inflation Reduction Act's Korean name (인플레이션 감축법) beside
    // 물가 상승 for the common word.
    expect(
      anchored([
        ['Inflation slowed to 2 percent.', '물가 상승률은 2%로 둔화했다.'],
        ['Inflation expectations eased.', '기대 물가 상승도 누그러졌다.'],
        ['It qualifies under the Inflation Reduction Act.', '인플레이션 감축법(IRA)에 따른 혜택을 받는다.'],
      ]),
    ).toEqual([]);
    expect(inName('under the Inflation Reduction Act.', 10, 9)).toBe(true);
    expect(inName('Inflation slowed to 2 percent.', 0, 9)).toBe(false);
    expect(inName('The bank still worries about inflation.', 29, 9)).toBe(false);
    // A compound that only starts with the word (물가상승기대심리: more than a short suffix after it) is not read.
    expect(
      anchored([
        ['Inflation slowed.', '인플레이션이 둔화했다.'],
        ['Inflation expectations eased.', '물가상승기대심리가 누그러졌다.'],
      ]),
    ).toEqual([]);
  });
  it('is silent on one word throughout, on more words than anchors, on a gloss, and away from the anchor', () => {
    expect(anchored([...carriers, ['Another low-cost flight diverted.', '또 다른 저비용항공사 항공편은 회항했다.']])).toEqual([]);
    // Two payments: one “compensation” and a consolation payment the English names otherwise.
    expect(
      anchored([
        ['It will pay compensation and a consolation payment.', '보상금과 별도로 위로금도 지급한다.'],
        ['The compensation is large.', '보상금은 크다.'],
      ]),
    ).toEqual([]);
    // A Korean gloss in brackets after the loanword.
    expect(
      anchored([
        ['A bird strike is suspected.', '버드 스트라이크(조류 충돌)가 의심된다.'],
        ['Bird strikes rose.', '조류 충돌이 늘었다.'],
      ]),
    ).toEqual([]);
    // 위로금 for another English word (a consolation payment), 보상금 for compensation.
    expect(
      anchored([
        ['The compensation is large.', '보상금은 크다.'],
        ['It added a consolation payment.', '위로금도 더했다.'],
      ]),
    ).toEqual([]);
    // A longer word that merely starts the same (이탈리아 is Italy, not 이탈).
    expect(
      anchored([
        ['Cost overruns hit Italy.', '비용 초과가 이탈리아를 덮쳤다.'],
        ['The overrun grew.', '활주로 이탈이 늘었다.'],
      ]),
    ).toEqual([]);
  });
  it('reports through the check, once, with both words in the message', () => {
    const pairs: Pair[] = [...carriers, ['Another low-cost flight diverted.', '또 다른 저가항공사 항공편은 회항했다.']];
    const segs = pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }));
    const got = [...phraseConsistencyCheck.run(segs, ctxFor([]))].flatMap(([id, issues]) => issues.map((i) => ({ id, ...i })));
    expect(got.filter((i) => i.id === 's2')).toHaveLength(1);
    expect(got.find((i) => i.id === 's2')!.message).toContain('저비용항공사');
  });
});

describe('phrase-consistency: an institution under its older name (phrase-renamed.ts)', () => {
  const board: Pair[] = [
    ['The Aviation and Railway Accident Investigation Board (ARAIB) said …', '항공·철도사고조사위원회(항철위)는 밝혔다.'],
  ];
  it('flags the old name where the document also writes the present one (in full or by its own abbreviation)', () => {
    expect(renamed([...board, ['The ARAIB will publish findings.', '항공사고조사위원회는 결과를 공개한다.']])).toEqual([
      's1 phrase-consistency:renamed:항공사고조사위원회',
    ]);
    expect(
      renamed([
        ['The interior ministry said …', '행안부는 밝혔다.'],
        ['The ministry added …', '안전행정부는 덧붙였다.'],
      ]),
    ).toEqual(['s1 phrase-consistency:renamed:안전행정부']);
  });
  it('flags a heritage body under its pre-2024 name beside the present one, but not the rename told as history', () => {
    const heritage: Pair[] = [['The Korea Heritage Service (KHS) said …', '국가유산청은 밝혔다.']];
    expect(renamed([...heritage, ['A KHS official visited the temple.', '문화재청 관계자가 절을 찾았다.']])).toEqual([
      's1 phrase-consistency:renamed:문화재청',
    ]);
    expect(
      renamed([
        ['The Overseas Korean Cultural Heritage Foundation bought the bowl.', '국외소재문화유산재단이 그릇을 사들였다.'],
        ['The foundation paid for it.', '국외소재문화재재단이 값을 치렀다.'],
      ]),
    ).toEqual(['s1 phrase-consistency:renamed:국외소재문화재재단']);
    // The old name given as a name once borne, in English or in Korean: silent.
    expect(
      renamed([...heritage, ['The agency was called the Cultural Heritage Administration.', '이 기관은 문화재청으로 불렸다.']]),
    ).toEqual([]);
    expect(renamed([...heritage, ['It changed its name in 2024.', '국가유산청은 2024년까지 문화재청이라는 이름을 썼다.']])).toEqual([]);
    expect(renamed([...heritage, ['Kim joined it in 2015.', '김 씨는 옛 문화재청에 2015년 들어갔다.']])).toEqual([]);
    // Without the present name in the document, nothing to be inconsistent with.
    expect(renamed([['A KHS official visited the temple.', '문화재청 관계자가 절을 찾았다.']])).toEqual([]);
  });
  it('flags a word an official term replaced, beside that term', () => {
    expect(
      renamed([
        ['Cha, the winner, said …', '차 당선인은 말했다.'],
        ['Cha said …', '차 당선자는 덧붙였다.'],
      ]),
    ).toEqual(['s1 phrase-consistency:renamed:당선자']);
    // Alone, or inside another word (낙선자 is not 당선자): silent.
    expect(renamed([['Cha said …', '차 당선자는 덧붙였다.']])).toEqual([]);
    expect(
      renamed([
        ['Cha said …', '차 당선인은 말했다.'],
        ['The losers …', '낙선자들은 승복했다.'],
      ]),
    ).toEqual([]);
  });
  it('is silent without the present name, on history, and on a foreign body', () => {
    expect(renamed([['The ARAIB will publish findings.', '항공사고조사위원회는 결과를 공개한다.']])).toEqual([]);
    expect(renamed([...board, ['The board was formerly the aviation board.', '항공사고조사위원회는 옛 이름이다.']])).toEqual([]);
    expect(renamed([...board, ['Its predecessor …', '옛 항공사고조사위원회 시절에는 달랐다.']])).toEqual([]);
    expect(renamed([...board, ['Indonesia’s board said …', '인도네시아 항공사고조사위원회는 밝혔다.']])).toEqual([]);
    // The present name that holds no old one (교육부 is not inside 교육과학기술부).
    expect(
      renamed([
        ['The education ministry …', '교육부는 밝혔다.'],
        ['The ministry …', '교육부가 덧붙였다.'],
      ]),
    ).toEqual([]);
  });
});

describe('phrase-consistency: a company name translated in one place and written in Hangul in another (phrase-company-names.ts)', () => {
  const air: Pair[] = [
    ['Taewon Air flight TW 303 overran the runway.', '태원항공 TW 303편이 활주로를 벗어났다.'],
    ['Taewon Air apologised.', '태원항공은 사과했다.'],
  ];
  it('knows short name words and flags the rarer way', () => {
    expect(writesNameWord('에어', 'Air')).toBe(true);
    expect(writesNameWord('항공', 'Air')).toBe(false);
    expect(company([...air, ['Taewon Air said the jet was inspected.', '태원에어는 여객기가 점검을 받았다고 밝혔다.']])).toEqual([
      's2 phrase-consistency:taewon air',
    ]);
  });
  it('flags the translated word where the document writes the English word in Hangul (진에어 / 진항공)', () => {
    expect(
      company([
        ['Hanbit Air added flights.', '한빛에어는 항공편을 늘렸다.'],
        ['Hanbit Air said …', '한빛에어는 밝혔다.'],
        ['Hanbit Air apologised.', '한빛항공은 사과했다.'],
      ]),
    ).toEqual(['s2 phrase-consistency:hanbit air']);
  });
  it('knows name words Korean writes by ear (옥션 for Auction, 오토 for Auto)', () => {
    expect(writesNameWord('옥션', 'Auction')).toBe(true);
    expect(writesNameWord('오토', 'Auto')).toBe(true);
    expect(writesNameWord('경매', 'Auction')).toBe(false);
    expect(writesNameWord('자동차', 'Auto')).toBe(false);
  });
  it('reads the name in segments whose English does not write it (“the auction house”)', () => {
    const house: Pair[] = [
      ['Sorin Auction sold the vase.', '소린옥션이 꽃병을 팔았다.'],
      ['Sorin Auction had valued it at $2m.', '소린옥션은 200만 달러로 평가했다.'],
    ];
    expect(company([...house, ['The auction house said bidding was brisk.', '소린경매 측은 응찰이 활발했다고 말했다.']])).toEqual([
      's2 phrase-consistency:sorin auction',
    ]);
    // The same name written the document's way there, or another word starting with its front: silent.
    expect(company([...house, ['The auction house said bidding was brisk.', '소린옥션 측은 응찰이 활발했다고 말했다.']])).toEqual([]);
    expect(company([...house, ['The neighbourhood is quiet.', '소린동 일대는 조용하다.']])).toEqual([]);
    expect(company([...house, ['Its parent group agreed.', '모회사인 소린그룹도 동의했다.']])).toEqual([]);
  });
  it('is silent on one way throughout, a longer word, two companies with one first word, and a tie', () => {
    expect(company([...air, ['Taewon Air said the jet was inspected.', '태원항공기는 점검을 받았다.']])).toEqual([]);
    expect(
      company([
        ...air,
        ['Taewon Air and Taewon Group said …', '태원에어와 태원그룹은 밝혔다.'],
        ['Taewon Group said …', '태원그룹은 밝혔다.'],
      ]),
    ).toEqual([]);
    expect(company([air[0]!, ['Taewon Air said …', '태원에어는 밝혔다.']])).toEqual([]);
  });
});
