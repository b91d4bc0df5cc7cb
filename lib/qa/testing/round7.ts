// Round-7 set (round7/): the housing-curbs commentary and its Korean translation as QA segments,
// scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R7_PROBES, R7_TERMS, R7_VARIANTS } from './round7/variants';

export function round7Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round7', f), 'utf8'));
  const en = read('housing-curbs.en.txt');
  const ko = read('housing-curbs.ko.txt');
  if (en.length !== ko.length) throw new Error(`housing-curbs paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound7(run: RunDocs): Score {
  return score(run, round7Segments(), R7_TERMS, R7_VARIANTS, R7_PROBES);
}
