import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { align } from './align';
import type { Bead } from './types';

// Hand-translated sentence pairs (news commentary register); paragraphs are built from them.
const PAIRS = readFileSync(path.join(__dirname, 'fixtures/sentences.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((l) => l.includes('\t'))
  .map((l) => l.split('\t') as [string, string]);

/** Paragraph k: sentences 3k, 3k+1, 3k+2 (wrapping), on both sides. */
function paragraphs(count: number, perParagraph = 3): { en: string[][]; ko: string[][] } {
  const en: string[][] = [];
  const ko: string[][] = [];
  for (let k = 0; k < count; k++) {
    const idx = Array.from({ length: perParagraph }, (_, x) => (k * perParagraph + x) % PAIRS.length);
    en.push(idx.map((i) => PAIRS[i]![0]));
    ko.push(idx.map((i) => PAIRS[i]![1]));
  }
  return { en, ko };
}
const join = (sentences: string[]) => sentences.join(' ');

/** Every paragraph of both sides in exactly one bead, in order, indices consecutive. */
function expectPartition(beads: Bead[], n: number, m: number): void {
  expect(beads.flatMap((b) => b.source)).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(beads.flatMap((b) => b.target)).toEqual(Array.from({ length: m }, (_, j) => j));
  for (const b of beads) {
    expect(b.source.length + b.target.length).toBeGreaterThan(0);
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThanOrEqual(1);
  }
}

const shape = (b: Bead) => [b.source, b.target];

describe('align: each bead type on a small constructed example', () => {
  const { en, ko } = paragraphs(8);
  const source = en.map(join);

  it('1:1 everywhere when nothing was changed', () => {
    const beads = align(source, ko.map(join));
    expectPartition(beads, 8, 8);
    expect(beads.map(shape)).toEqual(source.map((_, i) => [[i], [i]]));
    expect(Math.min(...beads.map((b) => b.score))).toBeGreaterThan(0.8);
  });

  it('2:1 when two Korean paragraphs were merged', () => {
    const target = [...ko.slice(0, 3).map(join), join([...ko[3]!, ...ko[4]!]), ...ko.slice(5).map(join)];
    const beads = align(source, target);
    expectPartition(beads, 8, 7);
    expect(beads.map(shape)).toContainEqual([[3, 4], [3]]);
    expect(beads.filter((b) => b.source.length === 1 && b.target.length === 1)).toHaveLength(6);
  });

  it('1:2 when a Korean paragraph was split', () => {
    const target = [...ko.slice(0, 3).map(join), join(ko[3]!.slice(0, 1)), join(ko[3]!.slice(1)), ...ko.slice(4).map(join)];
    const beads = align(source, target);
    expectPartition(beads, 8, 9);
    expect(beads.map(shape)).toContainEqual([[3], [3, 4]]);
  });

  it('1:0 when a paragraph was left untranslated', () => {
    const target = [...ko.slice(0, 5), ...ko.slice(6)].map(join);
    const beads = align(source, target);
    expectPartition(beads, 8, 7);
    expect(beads.map(shape)).toContainEqual([[5], []]);
    expect(beads.map(shape)).toContainEqual([[6], [5]]);
  });

  it('0:1 when the Korean has an extra paragraph', () => {
    const extra = join(paragraphs(14).ko[12]!);
    const target = [...ko.slice(0, 2).map(join), extra, ...ko.slice(2).map(join)];
    const beads = align(source, target);
    expectPartition(beads, 8, 9);
    expect(beads.map(shape)).toContainEqual([[], [2]]);
    expect(beads.map(shape)).toContainEqual([[2], [3]]);
  });

  it('2:2 when a sentence moved across a paragraph boundary', () => {
    // English 3 | 4 = (a b c) | (d e f); Korean = (a b c d) | (e f): no 1:1 split is right.
    const target = [...ko.slice(0, 3).map(join), join([...ko[3]!, ko[4]![0]!]), join(ko[4]!.slice(1)), ...ko.slice(5).map(join)];
    const beads = align(source, target);
    expectPartition(beads, 8, 8);
    expect(beads.map(shape)).toContainEqual([
      [3, 4],
      [3, 4],
    ]);
  });

  it('1:3 when a Korean paragraph was split in three', () => {
    const target = [...ko.slice(0, 4).map(join), ...ko[4]!, ...ko.slice(5).map(join)];
    const beads = align(source, target);
    expectPartition(beads, 8, 10);
    expect(beads.map(shape)).toContainEqual([[4], [4, 5, 6]]);
  });

  it('3:1 when three Korean paragraphs were merged', () => {
    const target = [...ko.slice(0, 2).map(join), join([...ko[2]!, ...ko[3]!, ...ko[4]!]), ...ko.slice(5).map(join)];
    const beads = align(source, target);
    expectPartition(beads, 8, 6);
    expect(beads.map(shape)).toContainEqual([[2, 3, 4], [2]]);
  });
});

describe('align: edge cases', () => {
  it('handles empty inputs', () => {
    expect(align([], [])).toEqual([]);
    expect(align(['One.', 'Two.'], [])).toEqual([
      { source: [0], target: [], score: 1 },
      { source: [1], target: [], score: 1 },
    ]);
    expect(align([], ['하나.', '둘.']).map(shape)).toEqual([
      [[], [0]],
      [[], [1]],
    ]);
  });

  it('aligns 1:1 when every paragraph has the same length (length carries no signal)', () => {
    const source = Array.from({ length: 30 }, () => 'The talks resumed. Nothing changed.');
    const target = Array.from({ length: 30 }, () => '회담이 재개됐다. 달라진 것은 없다.');
    const beads = align(source, target);
    expectPartition(beads, 30, 30);
    expect(beads.every((b, i) => b.source[0] === i && b.target[0] === i)).toBe(true);
  });

  it('stays a valid partition for very unequal lengths and counts', () => {
    const { en, ko } = paragraphs(40);
    const cases: [string[], string[]][] = [
      [[en.flat().join(' ')], ko.map(join)], // one long English paragraph vs 40 Korean
      [en.map(join), [ko.flat().join(' ')]],
      [en.slice(0, 3).map(join), [...ko.map(join), ...ko.map(join), ...ko.map(join)]],
      [['A.'], ['매우 긴 문단입니다. '.repeat(400)]],
    ];
    for (const [s, t] of cases) expectPartition(align(s, t), s.length, t.length);
  });

  it('aligns Korean text that has no anchors at all (no digits, names, acronyms, quotes)', () => {
    const plain = PAIRS.filter(([e, k]) => !/[0-9A-Z“"‘(]/.test(k) && !/\d/.test(e));
    expect(plain.length).toBeGreaterThanOrEqual(20);
    // Paragraphs of 1–4 sentences, as real text has: length and sentence count are all there is.
    const sizes = [2, 1, 3, 1, 4, 2, 1, 3, 2];
    const source: string[] = [];
    const target: string[] = [];
    let at = 0;
    for (const size of sizes) {
      const group = Array.from({ length: size }, (_, x) => plain[(at + x) % plain.length]);
      at += size;
      source.push(group.map((p) => p![0]).join(' '));
      target.push(group.map((p) => p![1]).join(' '));
    }
    target.splice(3, 1); // one deletion
    const beads = align(source, target);
    expectPartition(beads, source.length, target.length);
    expect(beads.map(shape)).toContainEqual([[3], []]);
    expect(beads.filter((b) => b.source.length === 1 && b.target.length === 1)).toHaveLength(source.length - 1);
  });

  it('uses glossary terms as anchors', () => {
    const source = ['The envoy met Jang Kum-chol.', 'The envoy met the minister.', 'Talks ended.'];
    const target = ['특사는 장관을 만났다.', '회담은 끝났다.'];
    // Without the glossary both English paragraphs look alike; the term decides which one is missing.
    const beads = align(source, target, { terms: [{ source: 'Jang Kum-chol', target: '장금철' }] });
    expectPartition(beads, 3, 2);
    expect(beads.map(shape)).toContainEqual([[0], []]);
  });
});

describe('align: 2,000 paragraphs and determinism', () => {
  const { en, ko } = paragraphs(2000, 2);
  const source = en.map(join);
  const target = ko.map(join);
  // Some drift: a deletion and an insertion every 100 paragraphs.
  for (let k = 1900; k > 0; k -= 100) {
    target.splice(k, 1);
    target.splice(k - 50, 0, join(ko[(k * 7) % 2000]!));
  }

  it('aligns 2,000 paragraphs and gets them right (its speed is measured in bench/speed)', () => {
    const beads = align(source, target);
    expectPartition(beads, source.length, target.length);
    expect(beads.filter((b) => b.source.length === 0)).toHaveLength(19);
    expect(beads.filter((b) => b.target.length === 0)).toHaveLength(19);
  });

  it('is deterministic', () => {
    const a = align(source.slice(0, 300), target.slice(0, 300));
    const b = align(source.slice(0, 300), target.slice(0, 300));
    expect(b).toEqual(a);
  });
});
