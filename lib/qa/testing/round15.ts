// Round-15 set (round15/): the phishing-ring trial story and its Korean translation as QA
// segments, scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R15_PROBES, R15_TERMS, R15_VARIANTS } from './round15/variants';

export function round15Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round15', f), 'utf8'));
  const en = read('phishing-ring-trial.en.txt');
  const ko = read('phishing-ring-trial.ko.txt');
  if (en.length !== ko.length) throw new Error(`phishing-ring-trial paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound15(run: RunDocs): Score {
  return score(run, round15Segments(), R15_TERMS, R15_VARIANTS, R15_PROBES);
}
