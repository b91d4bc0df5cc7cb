// Round-23 set (round23/): the runway-overrun story (a low-cost carrier's Boeing 737 overruns the
// rain-soaked runway at Yeosu, the ARAIB examines a bird-strike theory, the CEO apologises, the
// ministry inspects all nine LCCs) and its Korean translation as QA segments, scored like the
// rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R23_PROBES, R23_TERMS, R23_VARIANTS } from './round23/variants';

export function round23Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round23', f), 'utf8'));
  const en = read('runway-overrun.en.txt');
  const ko = read('runway-overrun.ko.txt');
  if (en.length !== ko.length) throw new Error(`runway-overrun paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound23(run: RunDocs): Score {
  return score(run, round23Segments(), R23_TERMS, R23_VARIANTS, R23_PROBES);
}
