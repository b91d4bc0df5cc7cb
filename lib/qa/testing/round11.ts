// Round-11 set (round11/): the space-programme column and its Korean translation as QA
// segments, scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R11_PROBES, R11_TERMS, R11_VARIANTS } from './round11/variants';

export function round11Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round11', f), 'utf8'));
  const en = read('space-programme.en.txt');
  const ko = read('space-programme.ko.txt');
  if (en.length !== ko.length) throw new Error(`space-programme paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound11(run: RunDocs): Score {
  return score(run, round11Segments(), R11_TERMS, R11_VARIANTS, R11_PROBES);
}
