// Round-17 set (round17/): the Alzheimer’s drug approval story and its Korean translation as QA
// segments, scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R17_PROBES, R17_TERMS, R17_VARIANTS } from './round17/variants';

export function round17Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round17', f), 'utf8'));
  const en = read('alzheimers-drug.en.txt');
  const ko = read('alzheimers-drug.ko.txt');
  if (en.length !== ko.length) throw new Error(`alzheimers-drug paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound17(run: RunDocs): Score {
  return score(run, round17Segments(), R17_TERMS, R17_VARIANTS, R17_PROBES);
}
