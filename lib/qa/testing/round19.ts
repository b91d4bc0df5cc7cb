// Round-19 set (round19/): the birth-rate and parental-leave story and its Korean translation as QA
// segments, scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R19_PROBES, R19_TERMS, R19_VARIANTS } from './round19/variants';

export function round19Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round19', f), 'utf8'));
  const en = read('birth-rate.en.txt');
  const ko = read('birth-rate.ko.txt');
  if (en.length !== ko.length) throw new Error(`birth-rate paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound19(run: RunDocs): Score {
  return score(run, round19Segments(), R19_TERMS, R19_VARIANTS, R19_PROBES);
}
