import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { otherHeads } from './phrase-consistency';
import { englishPhrases, type PhraseAt } from './phrase-words';
import { seg } from './testing';

const flagged = (pairs: [string, string][]) =>
  runDocumentChecks(pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }))).flatMap((r) =>
    r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.key}`),
  );

/** The words each phrase of a text runs on into, as the phrase reader records them (0: it ends). */
function continuations(text: string): Map<number, number[]> {
  const c = new Map<number, number[]>();
  englishPhrases(text, new Map<number, PhraseAt>(), undefined, undefined, c);
  return c;
}

describe('phrase-consistency: a phrase inside two longer names with other heads', () => {
  it('records the word a phrase runs on into, and 0 where it ends (a mark, a stop word, an “of”)', () => {
    const court = continuations('The Central District Court ruled.');
    const office = continuations("The Central District Prosecutors' Office said.");
    // “central district” runs on into court in one, prosecutor in the other: two heads.
    const key = [...court.keys()].find((k) => office.has(k))!;
    expect(otherHeads(court.get(key), office.get(key))).toBe(true);
    // A phrase that ends (district court.) has no other head than one that runs on.
    const ends = continuations('It went to the central district. Then it rested.');
    expect(otherHeads(ends.get(key), office.get(key))).toBe(false);
    // The same head both times: one thing.
    expect(otherHeads(court.get(key), continuations('Central District Court judges met.').get(key))).toBe(false);
  });

  it('does not compare the renderings of two institutions whose names share words (서울중앙지법 / 서울중앙지검)', () => {
    expect(
      flagged([
        ['Judge Park of the Seoul Central District Court sentenced him.', '서울중앙지법 박 부장판사는 그에게 징역형을 선고했다.'],
        ["Callers posed as prosecutors from the Seoul Central District Prosecutors' Office.", '상담원들은 서울중앙지검 검사를 사칭했다.'],
      ]),
    ).toEqual([]);
  });

  it('still flags one institution written two ways (the court as 서울중앙지검)', () => {
    expect(
      flagged([
        ['Judge Park of the Seoul Central District Court sentenced him.', '서울중앙지법 박 부장판사는 그에게 징역형을 선고했다.'],
        ['The Seoul Central District Court will hear the appeal.', '항소심은 서울중앙지검에서 열린다.'],
      ]),
    ).toContain('s1 phrase-consistency:central district');
  });
});
