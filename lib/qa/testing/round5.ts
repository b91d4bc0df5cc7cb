// Round-5 set (round5/): the rate-cut commentary and its Korean translation as QA segments,
// scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R5_PROBES, R5_TERMS, R5_VARIANTS } from './round5/variants';

export function round5Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round5', f), 'utf8'));
  const en = read('rate-cut.en.txt');
  const ko = read('rate-cut.ko.txt');
  if (en.length !== ko.length) throw new Error(`rate-cut paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `q${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound5(run: RunDocs): Score {
  return score(run, round5Segments(), R5_TERMS, R5_VARIANTS, R5_PROBES);
}
