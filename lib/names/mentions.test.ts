import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../text/paragraphs';
import { createMentionMatcher, findKoreanMentions, findMentions, normaliseTypography, surnameOf, type MentionTerm } from './mentions';

const fixture = readFileSync(path.join(__dirname, '../../e2e/fixtures/korean-peninsula-a-to-z.en.txt'), 'utf8');
const kwon: MentionTerm = { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' };

function spans(terms: MentionTerm[], text: string) {
  return findMentions(terms, text).map((m) => [m.matched, m.termIndex, m.via]);
}

describe('findMentions on the real fixture', () => {
  it('finds the full name and the later surname-only mention of Kwon', () => {
    const paragraphs = splitParagraphs(fixture);
    const index = paragraphs.findIndex((p) => p.includes('Kwon Jong-gun(권정근)'));
    expect(index).toBeGreaterThan(0);
    const p = paragraphs[index]!;
    const mentions = findMentions([kwon], p);
    expect(mentions.map((m) => [m.matched, m.via])).toEqual([
      ['Kwon Jong-gun', 'full'],
      ['Kwon', 'surname'],
    ]);
    expect(p.slice(mentions[1]!.start, mentions[1]!.end + ' lashed out'.length)).toBe('Kwon lashed out');
    // No other paragraph mentions Kwon.
    const elsewhere = paragraphs.filter((_, i) => i !== index).flatMap((q) => findMentions([kwon], q));
    expect(elsewhere).toEqual([]);
  });
});

describe('findMentions', () => {
  it('matches on word boundaries, case-insensitively unless caseSensitive', () => {
    const terms: MentionTerm[] = [
      { source: 'summit', target: '정상회담', kind: 'TERM' },
      { source: 'WFP', target: 'WFP', kind: 'DO_NOT_TRANSLATE', caseSensitive: true },
    ];
    expect(spans(terms, 'The Summit, summits and wfp or WFP.')).toEqual([
      ['Summit', 0, 'full'],
      ['WFP', 1, 'full'],
    ]);
  });

  it('lets the longest match win without overlaps', () => {
    const terms: MentionTerm[] = [
      { source: 'North Korea', target: '북한', kind: 'TERM' },
      { source: 'Korea', target: '한국', kind: 'TERM' },
      { source: 'North Korea-U.S. summit', target: '북미 정상회담', kind: 'TERM' },
    ];
    expect(spans(terms, 'the second North Korea-U.S. summit in Hanoi; North Korea and Korea')).toEqual([
      ['North Korea-U.S. summit', 2, 'full'],
      ['North Korea', 0, 'full'],
      ['Korea', 1, 'full'],
    ]);
  });

  it('tolerates curly apostrophes, no-break spaces and en dashes, keeping original offsets', () => {
    const terms: MentionTerm[] = [
      { source: "Workers' Party", target: '노동당', kind: 'TERM' },
      { source: 'Korea-U.S. alliance', target: '한미동맹', kind: 'TERM' },
      { source: 'Kim  Jong-un', target: '김정은', kind: 'NAME' },
    ];
    const text = 'The Workers’ Party and the Korea–U.S.\u00a0alliance; Kim\u00a0Jong‑un.';
    const found = findMentions(terms, text);
    expect(found.map((m) => m.matched)).toEqual(['Workers’ Party', 'Korea–U.S.\u00a0alliance', 'Kim\u00a0Jong‑un']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.matched);
  });

  it('counts possessives with the span covering just the name', () => {
    const found = findMentions([kwon], "Kwon’s remarks and Kwon's tone; Kwon Jong-gun’s letter.");
    expect(found.map((m) => m.matched)).toEqual(['Kwon', 'Kwon', 'Kwon Jong-gun']);
  });

  it('requires surnames to be capitalised whole words and not the start of another name', () => {
    expect(spans([kwon], 'kwon said; Kwonsan; KWON; Kwon Min-ho arrived')).toEqual([]);
  });

  it('gives surnames only to Korean-order person names', () => {
    expect(surnameOf('Kwon Jong-gun')).toBe('Kwon');
    expect(surnameOf('Kim Jong Un')).toBe('Kim');
    expect(surnameOf('Donald Trump')).toBeNull();
    expect(surnameOf('Kaesong Industrial Complex')).toBeNull();
    expect(surnameOf('Gaeseong')).toBeNull();
    const terms: MentionTerm[] = [{ source: 'Donald Trump', target: '도널드 트럼프', kind: 'NAME' }];
    expect(spans(terms, 'Donald Trump said. Donald said.')).toEqual([['Donald Trump', 0, 'full']]);
    const asTerm: MentionTerm[] = [{ ...kwon, kind: 'TERM' }];
    expect(spans(asTerm, 'Kwon said')).toEqual([]);
  });

  it('resolves a shared surname to the most recent full mention, else skips it', () => {
    const terms: MentionTerm[] = [
      { source: 'Kim Jong-un', target: '김정은', kind: 'NAME' },
      { source: 'Kim Yo-jong', target: '김여정', kind: 'NAME' },
    ];
    expect(spans(terms, 'Kim said.')).toEqual([]);
    expect(spans(terms, 'Kim Yo-jong said Kim was right.')).toEqual([
      ['Kim Yo-jong', 1, 'full'],
      ['Kim', 1, 'surname'],
    ]);
    expect(spans([terms[0]!], 'Trump said in the letter that Kim wanted talks.')).toEqual([['Kim', 0, 'surname']]);
  });

  it('prefers an explicit term over a surname guess', () => {
    const terms: MentionTerm[] = [kwon, { source: 'Kwon', target: '권', kind: 'TERM' }];
    expect(spans(terms, 'Kwon said')).toEqual([['Kwon', 1, 'full']]);
  });

  it('matches terms that start or end with punctuation', () => {
    const terms: MentionTerm[] = [
      { source: 'U.N.', target: '유엔', kind: 'TERM' },
      { source: '#MeToo', target: '미투', kind: 'TERM' },
    ];
    expect(spans(terms, 'The U.N. backed #MeToo, not U.N.C.')).toEqual([
      ['U.N.', 0, 'full'],
      ['#MeToo', 1, 'full'],
      ['U.N.', 0, 'full'],
    ]);
  });

  it('keeps normaliseTypography length-preserving', () => {
    const s = 'Kwon’s “new path” — Korea–U.S.\u00a0talks\u202f·ㆍ';
    expect(normaliseTypography(s)).toHaveLength(s.length);
    expect(normaliseTypography(s)).toBe('Kwon\'s "new path" — Korea-U.S. talks ··');
  });

  it('scans 2,000 paragraphs against 200 terms (bench/speed times it)', () => {
    const terms: MentionTerm[] = Array.from({ length: 200 }, (_, i) =>
      i % 4 === 0
        ? { source: `Kim Jong-${String.fromCharCode(97 + (i % 26))}${i}`, target: `김${i}`, kind: 'NAME' as const }
        : { source: `term number ${i}`, target: `용어${i}`, kind: 'TERM' as const },
    );
    const paragraphs = Array.from(
      { length: 2000 },
      (_, i) => `${splitParagraphs(fixture)[7 + (i % 10)]} Also term number ${i % 200} and Kim said.`,
    );
    const matcher = createMentionMatcher(terms);
    let count = 0;
    for (const p of paragraphs) count += matcher.find(p).length;
    expect(count).toBe(1500); // 150 of the 200 terms are "term number N"; the shared surname "Kim" is ambiguous
  });
});

describe('findKoreanMentions', () => {
  const terms: MentionTerm[] = [
    kwon,
    { source: 'North Korea', target: '북한', kind: 'TERM' },
    { source: 'WFP', target: 'WFP', kind: 'DO_NOT_TRANSLATE' },
    { source: 'Donald Trump', target: '도널드 트럼프', kind: 'NAME' },
  ];

  it('finds targets followed by particles but not inside other words', () => {
    const text = '권정근은 북한의 입장을 밝혔다. 남북한 관계와 WFP는 wfp도 WFPX 아님.';
    expect(findKoreanMentions(terms, text).map((m) => [m.matched, m.termIndex])).toEqual([
      ['권정근', 0],
      ['북한', 1],
      ['WFP', 2],
      ['wfp', 2],
    ]);
  });

  it('tolerates spacing and middle dots inside multi-word targets, mapping offsets back', () => {
    const text = '도널드\u00a0트럼프, 도널드트럼프와 도널드·트럼프';
    const found = findKoreanMentions(terms, text);
    expect(found.map((m) => m.matched)).toEqual(['도널드\u00a0트럼프', '도널드트럼프', '도널드·트럼프']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.matched);
  });
});
