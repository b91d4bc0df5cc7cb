// Real text: the first ten paragraphs of the radio script fixture and a faithful Korean translation
// written for this test (titles, curly quotes, "May fourth", Kwon Jong-gun(권정근), WFP only on the
// Korean side).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../text/paragraphs';
import { align } from './align';

const english = splitParagraphs(readFileSync(path.join(__dirname, '../../e2e/fixtures/korean-peninsula-a-to-z.en.txt'), 'utf8')).slice(
  0,
  10,
);
const korean = splitParagraphs(readFileSync(path.join(__dirname, 'fixtures/peninsula-10.ko.txt'), 'utf8'));
const shapes = (beads: ReturnType<typeof align>) => beads.map((b) => [b.source, b.target]);

describe('align on the Korean Peninsula A to Z fixture', () => {
  it('has ten paragraphs on each side', () => {
    expect(english).toHaveLength(10);
    expect(korean).toHaveLength(10);
  });

  it('aligns the translation 1:1 with confident scores', () => {
    const beads = align(english, korean);
    expect(shapes(beads)).toEqual(english.map((_, i) => [[i], [i]]));
    expect(Math.min(...beads.map((b) => b.score))).toBeGreaterThan(0.7);
  });

  it('finds the 2:1 bead when two Korean paragraphs are merged', () => {
    const merged = [...korean.slice(0, 7), `${korean[7]} ${korean[8]}`, korean[9]!];

    const beads = align(english, merged);
    expect(shapes(beads)).toEqual([...english.slice(0, 7).map((_, i) => [[i], [i]]), [[7, 8], [7]], [[9], [8]]]);
  });

  it('finds the 1:0 bead when the Kwon Jong-gun paragraph is missing, helped by its anchors', () => {
    const beads = align(english, [...korean.slice(0, 6), ...korean.slice(7)]);
    expect(shapes(beads)).toContainEqual([[6], []]);
    expect(beads.filter((b) => b.source.length === 1 && b.target.length === 1)).toHaveLength(9);
  });
});
