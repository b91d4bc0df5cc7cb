import { describe, expect, it } from 'vitest';
import { renamedInstitutionPass } from './phrase-renamed';
import type { QaIssue } from './types';

type Pair = [string, string];
const renamed = (pairs: Pair[]) => {
  const segs = pairs.map(([en, ko], i) => ({ id: `s${i}`, sourceText: en, targetText: ko }));
  const out = new Map<string, QaIssue[]>();
  renamedInstitutionPass(segs, segs.map((x) => x.targetText).join('\n'), out, 'en');
  return [...out].flatMap(([id, issues]) => issues.map((i) => `${id} ${i.key}`));
};

describe('phrase-consistency: the press short form of an older ministry name (phrase-renamed.ts)', () => {
  const intro: Pair = ['The Ministry of Economy and Finance raised its forecast.', '기획재정부는 성장률 전망치를 올렸다.'];
  it('flags the old short form beside the present full name', () => {
    expect(renamed([intro, ['A ministry official said prices were stable.', '재경부 관계자는 물가가 안정됐다고 말했다.']])).toEqual([
      's1 phrase-consistency:renamed:재경부',
    ]);
    expect(renamed([intro, ['The ministry said prices were stable.', '재경부는 물가가 안정됐다고 밝혔다.']])).toEqual([
      's1 phrase-consistency:renamed:재경부',
    ]);
    expect(
      renamed([
        ['The Ministry of Land, Infrastructure and Transport will review it.', '국토교통부는 이를 검토하기로 했다.'],
        ['A director at the ministry said so.', '건교부 국장은 이렇게 말했다.'],
      ]),
    ).toEqual(['s1 phrase-consistency:renamed:건교부']);
    expect(
      renamed([
        ['The Ministry of Trade, Industry and Energy said so.', '산업통상자원부는 이렇게 밝혔다.'],
        ['The ministry will help exporters.', '산자부 장관은 수출 기업을 돕겠다고 했다.'],
      ]),
    ).toEqual(['s1 phrase-consistency:renamed:산자부']);
  });
  it('is silent where the short form is history, another word, or the present name is absent', () => {
    // History: 옛, 당시; “then” in the English.
    expect(renamed([intro, ['The old ministry had set it.', '옛 재경부가 정한 기준이다.']])).toEqual([]);
    expect(renamed([intro, ['The then ministry had set it.', '재경부가 정한 기준이다.']])).toEqual([]);
    // The present body never named: nothing to be consistent with.
    expect(renamed([['The ministry said prices were stable.', '재경부는 물가가 안정됐다고 밝혔다.']])).toEqual([]);
    // The same syllables starting another phrase.
    const science: Pair = ['The Ministry of Science and ICT said so.', '과학기술정보통신부는 이렇게 밝혔다.'];
    expect(renamed([science, ['Plans start from the future.', '계획은 미래부터 다시 짜야 한다.']])).toEqual([]);
    expect(renamed([science, ['Tradition matters.', '정통부터 배워야 한다는 말이 있다.']])).toEqual([]);
    expect(
      renamed([
        ['The Ministry of Education said so.', '교육부는 이렇게 밝혔다.'],
        ['Start with the subjects.', '교과부터 손봐야 한다.'],
      ]),
    ).toEqual([]);
  });
});
