// How much evidence the phrase-consistency check asks before it names a segment's rendering odd:
// a word joined to the phrase's kept rendering by a list mark is a list's other item, and a Hangul
// word read as an English loanword must write the English word's final consonant.
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { missingLoanFindings, writesEnglish } from './phrase-loans';
import { seg } from './testing';

const flagged = (pairs: [string, string][]) =>
  runDocumentChecks(pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }))).flatMap((r) =>
    r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.key}`),
  );
const found = (pairs: [string, string][]) =>
  missingLoanFindings(pairs.map(([en, ko], i) => ({ id: `s${i}`, sourceText: en, targetText: ko }))).map(
    (f) => `${f.segmentId} ${f.english} / ${f.usual}`,
  );

describe('phrase-consistency: evidence for a rendering', () => {
  it('does not take a list item beside the kept rendering (유급휴직·양육수당) for the phrase’s rendering', () => {
    expect(
      flagged([
        ['Lawmakers approve paid leave and a bigger childcare allowance.', '국회, 유급휴직·양육수당 인상'],
        ['The bill extends paid parental leave and raises the childcare allowance.', '법안은 유급 육아휴직을 늘리고 양육수당을 올린다.'],
      ]),
    ).toEqual([]);
  });

  it('still flags the look-alike where the others keep the rendering (합동군사훈련 / 연합군사훈련)', () => {
    expect(
      flagged([
        ['It protested the joint military drills.', '북한은 한미 연합군사훈련에 항의했다.'],
        ['The joint military drills remain a sore point.', '합동군사훈련은 여전히 민감한 사안이다.'],
      ]),
    ).toContain('s1 phrase-consistency:joint military');
  });

  it('reads a loanword only where its last syllable writes the English final consonant', () => {
    for (const [h, e] of <[string, string][]>[
      ['펀드', 'fund'],
      ['캠프', 'camp'],
      ['티켓', 'ticket'],
      ['플래시', 'flash'],
      ['시즌', 'season'],
      ['엔지니어', 'engineer'],
    ])
      expect(writesEnglish(h, e), `${h} ${e}`).toBe(true);
    // The same consonants, but an open last syllable on another vowel: a Sino-Korean word.
    for (const [h, e] of <[string, string][]>[
      ['반대', 'fund'],
      ['반도', 'band'],
    ])
      expect(writesEnglish(h, e), `${h} ${e}`).toBe(false);
  });

  const FUND = (word: string): [string, string][] => [
    ['The parties argued over how to fund the plan.', `여야는 계획의 ${word} 문제를 두고 다퉜다.`],
    ['Critics said the fund was too small.', `비판론자들은 ${word} 규모가 작다고 했다.`],
    ['The fund will run dry in 2055.', '기금은 2055년에 바닥난다.'],
  ];

  it('reports the segment without the Hangul form where the others write the word (펀드)', () => {
    expect(found(FUND('펀드'))).toEqual(['s2 fund / 펀드']);
  });

  it('does not take a Sino-Korean word of the same consonants (반대) for the English word', () => {
    expect(found(FUND('반대'))).toEqual([]);
  });
});
