import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectRomanisedNames } from './romanised';

const fixture = readFileSync('/work/shared/fixtures/korean-peninsula-a-to-z.en.txt', 'utf8').split(/\n\s*\n/);

describe('romanised Korean names without Hangul', () => {
  it('finds the fixture’s people and places, with 오경섭 and 김정은 among the first three candidates', () => {
    const found = detectRomanisedNames(fixture);
    const by = new Map(found.map((f) => [f.source, f]));
    expect(by.get('Oh Gyeong-seop')?.type).toBe('person');
    expect(
      by
        .get('Oh Gyeong-seop')!
        .candidates.slice(0, 3)
        .map((c) => c.target),
    ).toContain('오경섭');
    expect(
      by
        .get('Kim Jong-un')!
        .candidates.slice(0, 3)
        .map((c) => c.target),
    ).toContain('김정은');
    expect(by.get('Panmunjom')).toMatchObject({ known: '판문점' });
    expect(by.has('Seoul') || by.has('Pyongyang')).toBe(false); // capitals stand for governments
    expect(by.get('Gaeseong')?.candidates[0]?.target).toBe('개성');
    // Not proposed: foreign names, the name given with Hangul (detect.ts owns it) and its given name.
    for (const s of ['Donald Trump', 'Hanoi', 'Trump', 'Kwon Jong-gun', 'Jong-gun']) expect(by.has(s), s).toBe(false);
  });

  it('separates titles, reads spaced and joined given names, admin suffixes; skips foreign names', () => {
    const found = detectRomanisedNames([
      'President Moon Jae-in met Kim Dae Jung, Cho Kuk and Ho Chi Minh in Hanoi; Xi Jinping and Shinzo Abe did not. Choe Ryong-hae visited Onchon County and Gyeonggi-do. Kim Jongun came to Hong Kong. Lee Smith stayed.',
    ]);
    expect(found.map((f) => f.source).sort()).toEqual(
      ['Cho Kuk', 'Choe Ryong-hae', 'Gyeonggi-do', 'Kim Dae Jung', 'Kim Jongun', 'Moon Jae-in', 'Onchon County'].sort(),
    );
  });

  it('puts the form of a very well-known person first (people.ts); the guesses follow', () => {
    const [yoon] = detectRomanisedNames(['President Yoon Suk-yeol spoke.']);
    expect(yoon!.candidates[0]).toEqual({ target: '윤석열', score: 1 });
    expect(yoon!.candidates.length).toBeGreaterThan(1);
  });

  it('counts repeated mentions once per name', () => {
    const found = detectRomanisedNames(['Moon Jae-in spoke.', 'Later Moon Jae-in left.']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ source: 'Moon Jae-in', occurrences: 2, firstParagraph: 0 });
  });
});
