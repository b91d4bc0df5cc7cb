// Document pairs with gold beads for the aligner benchmark, from two kinds of material:
// - the old set, parallel-sentences.tsv: 1–5 sentences per paragraph drawn independently (with
//   numbers and names varied so repeats are not identical);
// - the news sets, news/{tune,heldout}.tsv (see the README there): wire copy, commentary and
//   interviews written and translated by hand; a paragraph is a run of 1–5 consecutive sentences of
//   one story, sampled with repetition.
// Then perturb.ts changes about 10% (or 20%) of the Korean positions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mulberry32 } from '../../lib/random';
import { perturb, type DocPair, type SentencePair } from './perturb';

export type { DocPair, GoldBead } from './perturb';

export type NewsSet = 'tune' | 'heldout';

/** Stories of news/<set>.tsv (story, english, korean), each a list of sentence pairs in order. */
export function loadStories(set: NewsSet): SentencePair[][] {
  const file = path.join(__dirname, 'news', `${set}.tsv`);
  const stories = new Map<string, SentencePair[]>();
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    if (!line.includes('\t')) continue;
    const [story = '', en = '', ko = ''] = line.split('\t');
    if (!stories.has(story)) stories.set(story, []);
    stories.get(story)!.push({ en: en.trim(), ko: ko.trim() });
  }
  return [...stories.values()];
}

export function loadSentencePairs(file = path.join(__dirname, 'parallel-sentences.tsv')): SentencePair[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const [en = '', ko = ''] = l.split('\t'); // both present: the line has a tab
      return { en: en.trim(), ko: ko.trim() };
    });
}

// Names whose Korean form ends in a final consonant, so Korean particles stay grammatical when swapped.
const NAMES: readonly [string, string][] = [
  ['Kwon Jong-gun', '권정근'],
  ['Kim Yo-jong', '김여정'],
  ['Ri Son-gwon', '리선권'],
  ['Kim Yong-chol', '김영철'],
  ['Hyon Song-wol', '현송월'],
  ['Jang Kum-chol', '장금철'],
  ['Pak Jong-chon', '박정천'],
];

/** A random element of a non-empty list. */
const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

function replaceNumber(text: string, from: string, to: string): string {
  const re = new RegExp(`(?<![\\d,.])${from.replace(/[.,]/g, '\\$&')}(?![\\d])`, 'g');
  return text.replace(re, to);
}

function freshNumber(original: string, rng: () => number): string {
  const value = Number(original.replace(/,/g, ''));
  let next: number;
  if (value >= 1950 && value <= 2030) next = 1990 + Math.floor(rng() * 36);
  else if (value <= 31) next = 1 + Math.floor(rng() * 28);
  else {
    const digits = String(Math.trunc(value)).length;
    next = 10 ** (digits - 1) + Math.floor(rng() * 9 * 10 ** (digits - 1));
  }
  return original.includes(',') ? next.toLocaleString('en-US') : String(next);
}

/** Varies a pair consistently on both sides: numbers written the same way, and known names. */
export function vary(pair: SentencePair, rng: () => number): SentencePair {
  let { en, ko } = pair;
  for (const num of new Set(en.match(/(?<![\d,.])\d[\d,]*(?![\d])/g) ?? [])) {
    if (rng() < 0.5 || !new RegExp(`(?<![\\d,.])${num}(?![\\d])`).test(ko)) continue;
    const next = freshNumber(num, rng);
    en = replaceNumber(en, num, next);
    ko = replaceNumber(ko, num, next);
  }
  for (const [rom, han] of NAMES) {
    if (!en.includes(rom) || !ko.includes(han) || rng() < 0.3) continue;
    const [rom2, han2] = pick(rng, NAMES);
    en = en.split(rom).join(rom2).split(`(${han})`).join(`(${han2})`);
    ko = ko.split(han).join(han2);
  }
  return { en, ko };
}

function paragraph(pairs: readonly SentencePair[], rng: () => number): SentencePair[] {
  // Mostly 2–3 sentences, as in news commentary; 1 and 5 are rarer.
  const k = pick(rng, [1, 2, 2, 3, 3, 3, 4, 4, 5]);
  return Array.from({ length: k }, () => vary(pick(rng, pairs), rng));
}

/** Old set: paragraphs of sentences drawn independently from parallel-sentences.tsv. */
export function makeDocPair(paragraphs: number, seed: number, perturbRate = 0.1): DocPair {
  const rng = mulberry32(seed);
  const pairs = loadSentencePairs();
  const paras = Array.from({ length: paragraphs }, () => paragraph(pairs, rng));
  return perturb(paras, rng, perturbRate, () => paragraph(pairs, rng));
}

/** The news sets: runs of 1–5 consecutive sentences of one story (sampled with repetition). */
export function makeNewsDocPair(set: NewsSet, paragraphs: number, seed: number, perturbRate = 0.1): DocPair {
  const rng = mulberry32(seed);
  const stories = loadStories(set);
  const para = () => {
    const story = pick(rng, stories);
    const k = Math.min(story.length, pick(rng, [1, 1, 2, 2, 3, 3, 3, 4, 5]));
    const from = Math.floor(rng() * (story.length - k + 1));
    return story.slice(from, from + k);
  };
  const paras = Array.from({ length: paragraphs }, para);
  return perturb(paras, rng, perturbRate, para);
}
