import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../text/paragraphs';
import { detectNames, detectNamesInDocument } from './detect';

const fixture = readFileSync(path.join(__dirname, '../../e2e/fixtures/korean-peninsula-a-to-z.en.txt'), 'utf8');

function pairs(text: string) {
  return detectNames(text).map((d) => [d.source, d.target]);
}

describe('detectNames on the real fixture', () => {
  it('finds exactly Kwon Jong-gun(권정근) and nothing else', () => {
    const paragraphs = splitParagraphs(fixture);
    const names = detectNamesInDocument(paragraphs);
    expect(names).toHaveLength(1);
    const kwon = names[0]!;
    expect(kwon).toMatchObject({ kind: 'NAME', source: 'Kwon Jong-gun', target: '권정근', script: 'hangul', confidence: 'high' });
    expect(kwon.occurrences).toHaveLength(1);
    const occ = kwon.occurrences[0]!;
    const p = paragraphs[occ.paragraphIndex]!;
    expect(p.slice(occ.start, occ.end)).toBe('Kwon Jong-gun(권정근)');
    expect(p.slice(occ.sourceStart, occ.sourceEnd)).toBe('Kwon Jong-gun');
    expect(p.slice(occ.targetStart, occ.targetEnd)).toBe('권정근');
  });
});

describe('detectNames: positives', () => {
  it('returns offsets of the match, the romanised name and the original', () => {
    const text = 'In a recent statement by Kwon Jong-gun(권정근), director of U.S. Affairs';
    const d = detectNames(text)[0]!;
    expect(d).toMatchObject({ kind: 'NAME', source: 'Kwon Jong-gun', target: '권정근' });
    expect(text.slice(d.start, d.end)).toBe('Kwon Jong-gun(권정근)');
    expect(text.slice(d.sourceStart, d.sourceEnd)).toBe('Kwon Jong-gun');
    expect(text.slice(d.targetStart, d.targetEnd)).toBe('권정근');
  });

  it('accepts a space (or no-break space) before the parenthesis', () => {
    expect(pairs('Officials met Kwon Jong-gun (권정근) today.')).toEqual([['Kwon Jong-gun', '권정근']]);
    expect(pairs('Officials met Kwon Jong-gun\u00a0(권정근) today.')).toEqual([['Kwon Jong-gun', '권정근']]);
    expect(pairs('Officials met Kwon Jong-gun  (권정근) today.')).toEqual([]);
  });

  it('accepts Hanja originals', () => {
    const [d] = detectNames('Former President Moon Jae-in (文在寅) said');
    expect(d).toMatchObject({ source: 'Moon Jae-in', target: '文在寅', script: 'hanja', confidence: 'high' });
  });

  it('accepts three-word names and names at paragraph start', () => {
    expect(pairs('Kim Jong Un(김정은) inspected a factory.')).toEqual([['Kim Jong Un', '김정은']]);
    const [d] = detectNames('Kwon Jong-gun(권정근) said');
    expect(d?.start).toBe(0);
  });

  it('finds several names in one paragraph', () => {
    const text = 'Kim Yo-jong(김여정) and Choe Son-hui (최선희) met Oh Gyeong-seop(오경섭).';
    expect(pairs(text)).toEqual([
      ['Kim Yo-jong', '김여정'],
      ['Choe Son-hui', '최선희'],
      ['Oh Gyeong-seop', '오경섭'],
    ]);
  });

  it('drops titles and sentence-initial words before the name', () => {
    expect(pairs('U.S. President Donald Trump(도널드 트럼프) said')).toEqual([['Donald Trump', '도널드 트럼프']]);
    expect(pairs('Foreign Minister Choe Son-hui(최선희) said')).toEqual([['Choe Son-hui', '최선희']]);
    expect(pairs('Meanwhile Kim Yo-jong(김여정) said')).toEqual([['Kim Yo-jong', '김여정']]);
    expect(pairs('By Kwon Jong-gun(권정근)')).toEqual([['Kwon Jong-gun', '권정근']]);
    expect(pairs('The Leader Kim(김정은) said')).toEqual([['Kim', '김정은']]);
    expect(pairs('North Korea’s Kim Jong Un(김정은) said')).toEqual([['Kim Jong Un', '김정은']]);
    expect(pairs('“Kwon Jong-gun(권정근)” was quoted')).toEqual([['Kwon Jong-gun', '권정근']]);
  });

  it('keeps surnames that look like English words', () => {
    expect(pairs('An Jung-geun(안중근) is remembered')).toEqual([['An Jung-geun', '안중근']]);
    expect(pairs('So Kim Jong-un(김정은) said')).toEqual([['Kim Jong-un', '김정은']]);
  });

  it('gives single words low confidence, and tails of longer phrases too', () => {
    expect(detectNames('at the Gaeseong(개성) office')[0]).toMatchObject({ source: 'Gaeseong', target: '개성', confidence: 'low' });
    expect(detectNames('the Ministry of Unification(통일부) said')[0]).toMatchObject({ source: 'Unification', confidence: 'low' });
    expect(detectNames('met Jong-gun(정근)')[0]).toMatchObject({ confidence: 'high' });
  });

  it('accepts a middle dot inside the Hangul original', () => {
    expect(pairs('Kim Jong-un(김·정은) said')).toEqual([['Kim Jong-un', '김·정은']]);
  });
});

describe('detectNames: negatives', () => {
  it.each([
    'The U.N. World Food Program (WFP) said',
    'In a report (2019) the agency',
    'SEOUL (AP) — North Korea fired',
    'as explained (see below), the talks',
    'Korea(South) and Korea(North)',
    'Kim(김 Jr.) arrived',
    'Kim(김) arrived', // one syllable is too short
    'Kim(김정은김정은김정은김정은) arrived', // over ten syllables
    'the U.S.(미국) said',
    'said the official (권정근)',
    '(권정근) said',
    'Kim(金正恩 김정은) mixed scripts',
  ])('finds nothing in %j', (text) => {
    expect(detectNames(text)).toEqual([]);
  });
});

describe('detectNamesInDocument', () => {
  it('merges repeats across paragraphs, typography-insensitively, in first-seen order', () => {
    const names = detectNamesInDocument([
      'Kwon Jong-gun(권정근) said.',
      'Nothing here (2019).',
      'Kim Yo-jong(김여정) and Kwon Jong\u2011gun (권정근) again.',
    ]);
    expect(names.map((n) => [n.source, n.target, n.occurrences.map((o) => o.paragraphIndex)])).toEqual([
      ['Kwon Jong-gun', '권정근', [0, 2]],
      ['Kim Yo-jong', '김여정', [2]],
    ]);
  });

  it('keeps different originals for the same romanisation apart', () => {
    const names = detectNamesInDocument(['Kim Min-ji(김민지) met Kim Min-ji(金敏智).']);
    expect(names).toHaveLength(2);
  });
});
