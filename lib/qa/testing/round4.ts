// Round-4 set (round4/): the trade-talks commentary and its Korean translation as QA segments,
// scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R4_PROBES, R4_TERMS, R4_VARIANTS } from './round4/variants';

export function round4Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round4', f), 'utf8'));
  const en = read('trade-talks.en.txt');
  const ko = read('trade-talks.ko.txt');
  if (en.length !== ko.length) throw new Error(`trade-talks paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `k${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound4(run: RunDocs): Score {
  return score(run, round4Segments(), R4_TERMS, R4_VARIANTS, R4_PROBES);
}
