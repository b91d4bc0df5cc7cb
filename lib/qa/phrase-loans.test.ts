import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { missingLoanFindings, writesEnglish } from './phrase-loans';
import { seg } from './testing';

const segs = (pairs: [string, string][]) => pairs.map(([en, ko], i) => ({ id: `s${i}`, sourceText: en, targetText: ko }));
const found = (pairs: [string, string][]) => missingLoanFindings(segs(pairs)).map((f) => `${f.segmentId} ${f.english} / ${f.usual}`);

describe('phrase-consistency: an English word written in Hangul everywhere but in one segment', () => {
  it('reads a Hangul word as an English word written in Hangul by its consonants, syllables and first vowel', () => {
    for (const [h, e] of <[string, string][]>[
      ['에이전트', 'agent'],
      ['시즌', 'season'],
      ['로테이션', 'rotation'],
      ['스카우트', 'scout'],
      ['엔지니어', 'engineer'],
      ['플랫폼', 'platform'],
      ['보이스피싱', 'voicephishing'],
    ])
      expect(writesEnglish(h, e), `${h} ${e}`).toBe(true);
    // The consonants alone agree, the vowels or the word's start do not.
    for (const [h, e] of <[string, string][]>[
      ['서비스', 'space'],
      ['명이', 'morning'],
      ['아일랜드', 'warned'],
      ['프로야구', 'average'],
      ['조항', 'change'],
    ])
      expect(writesEnglish(h, e), `${h} ${e}`).toBe(false);
  });

  const BROKER: [string, string][] = [
    ['The broker said the deal was done.', '브로커는 거래가 끝났다고 말했다.'],
    ['His broker took a five percent fee.', '그의 브로커는 5%의 수수료를 받았다.'],
    ['Her broker called on Monday.', '그녀의 중개인은 월요일에 전화했다.'],
  ];

  it('reports the segment whose Korean writes no form of the word the others write in Hangul', () => {
    expect(found(BROKER)).toEqual(['s2 broker / 브로커']);
    const issues = runDocumentChecks(BROKER.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }))).flatMap((r) =>
      r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.key}`),
    );
    expect(issues).toContain('s2 phrase-consistency:broker');
    // A word the others write inside a compound (season pass: 시즌권).
    expect(
      found([
        ['She has held a season pass since 2019.', '그는 2019년부터 시즌권을 갖고 있다.'],
        ['Fans with a season pass get a discount.', '연간 회원권을 가진 팬은 할인을 받는다.'],
      ]),
    ).toEqual(['s1 season / 시즌']);
  });

  it('stays silent where every segment writes it, the English is left in Latin, or the mention is another term or a title', () => {
    expect(found([BROKER[0]!, BROKER[1]!, ['Her broker called on Monday.', '그녀의 브로커는 월요일에 전화했다.']])).toEqual([]);
    expect(found([BROKER[0]!, BROKER[1]!, ['Her broker called on Monday.', '그녀의 broker는 월요일에 전화했다.']])).toEqual([]);
    // A modifier the written mentions lack: another term (a customs broker: 관세사).
    expect(found([BROKER[0]!, BROKER[1]!, ['A customs broker called on Monday.', '관세사가 월요일에 전화했다.']])).toEqual([]);
    // The Hangul form in a title after a name proves nothing about the word elsewhere.
    expect(
      found([
        [
          '“It will pass,” said Mia Lund, a senior economist at Nordbank.',
          '노르드방크의 미아 룬드 선임 이코노미스트는 “지나갈 것”이라고 말했다.',
        ],
        ['Most economists expect a cut.', '대부분의 경제학자는 인하를 예상한다.'],
      ]),
    ).toEqual([]);
    // One Hangul form for two mentions in a segment: it renders one of two phrases (posting fee, posting rules).
    expect(
      found([
        ['The posting rules set the posting fee.', '포스팅 규정이 이적료를 정한다.'],
        ['The posting fee goes to the club.', '이적료는 구단에 간다.'],
      ]),
    ).toEqual([]);
  });

  it('reports a second Hangul spelling of the word in one segment (파일러트 where the others write 파일럿), not one form throughout', () => {
    const pilots: [string, string][] = [
      ['The pilot landed safely.', '파일럿은 무사히 착륙했다.'],
      ['Another pilot took over.', '다른 파일럿이 조종을 맡았다.'],
      ['The pilot was praised.', '파일러트는 칭찬을 받았다.'],
    ];
    expect(missingLoanFindings(segs(pilots)).map((f) => `${f.segmentId} ${f.variant?.text} / ${f.usual}`)).toEqual([
      's2 파일러트 / 파일럿',
    ]);
    expect(found([pilots[0]!, pilots[1]!, ['The pilot was praised.', '파일럿은 칭찬을 받았다.']])).toEqual([]);
  });
});
