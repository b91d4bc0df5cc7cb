// Builds a synthetic English–Korean document pair with gold beads from the hand-translated sentence
// pairs in parallel-sentences.tsv: 1–5 sentences per paragraph (sampled with replacement, with
// numbers and names varied so repeats are not identical), then about 10% of positions perturbed on
// the Korean side — two paragraphs merged, one split, one deleted, or an unrelated one inserted.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mulberry32 } from '../../lib/random';

export interface GoldBead {
  source: number[];
  target: number[];
}

export interface DocPair {
  source: string[];
  target: string[];
  gold: GoldBead[];
  /** How many perturbations of each kind were applied. */
  ops: Record<'merge' | 'split' | 'delete' | 'insert', number>;
}

interface SentencePair {
  en: string;
  ko: string;
}

export function loadSentencePairs(file = path.join(__dirname, 'parallel-sentences.tsv')): SentencePair[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const [en, ko] = l.split('\t');
      return { en: en.trim(), ko: ko.trim() };
    });
}

// Names whose Korean form ends in a final consonant, so Korean particles stay grammatical when swapped.
const NAMES: readonly [string, string][] = [
  ['Kwon Jong-gun', '권정근'], ['Kim Yo-jong', '김여정'], ['Ri Son-gwon', '리선권'], ['Kim Yong-chol', '김영철'],
  ['Hyon Song-wol', '현송월'], ['Jang Kum-chol', '장금철'], ['Pak Jong-chon', '박정천'],
];

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

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

export function makeDocPair(paragraphs: number, seed: number, perturbRate = 0.1): DocPair {
  const rng = mulberry32(seed);
  const pairs = loadSentencePairs();
  const paras = Array.from({ length: paragraphs }, () => paragraph(pairs, rng));
  const source = paras.map((p) => p.map((s) => s.en).join(' '));
  const target: string[] = [];
  const gold: GoldBead[] = [];
  const ops = { merge: 0, split: 0, delete: 0, insert: 0 };
  const ko = (p: SentencePair[]) => p.map((s) => s.ko).join(' ');
  for (let i = 0; i < paragraphs; i++) {
    const j = target.length;
    if (rng() >= perturbRate) {
      target.push(ko(paras[i]));
      gold.push({ source: [i], target: [j] });
      continue;
    }
    const possible: (keyof typeof ops)[] = ['delete', 'insert'];
    if (i + 1 < paragraphs) possible.push('merge');
    if (paras[i].length >= 2) possible.push('split');
    const op = pick(rng, possible);
    ops[op]++;
    if (op === 'merge') {
      target.push(`${ko(paras[i])} ${ko(paras[i + 1])}`);
      gold.push({ source: [i, i + 1], target: [j] });
      i++;
    } else if (op === 'split') {
      const cut = 1 + Math.floor(rng() * (paras[i].length - 1));
      target.push(ko(paras[i].slice(0, cut)), ko(paras[i].slice(cut)));
      gold.push({ source: [i], target: [j, j + 1] });
    } else if (op === 'delete') {
      gold.push({ source: [i], target: [] });
    } else {
      target.push(ko(paragraph(pairs, rng)), ko(paras[i]));
      gold.push({ source: [], target: [j] }, { source: [i], target: [j + 1] });
    }
  }
  return { source, target, gold, ops };
}
