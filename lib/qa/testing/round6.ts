// Round-6 set (round6/): the labour-ruling commentary and its Korean translation as QA segments,
// scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R6_PROBES, R6_TERMS, R6_VARIANTS } from './round6/variants';

export function round6Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round6', f), 'utf8'));
  const en = read('labour-ruling.en.txt');
  const ko = read('labour-ruling.ko.txt');
  if (en.length !== ko.length) throw new Error(`labour-ruling paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound6(run: RunDocs): Score {
  return score(run, round6Segments(), R6_TERMS, R6_VARIANTS, R6_PROBES);
}
