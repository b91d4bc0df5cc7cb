// Round-12 set (round12/): the North Korea statement news analysis and its Korean translation as QA
// segments, scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R12_PROBES, R12_TERMS, R12_VARIANTS } from './round12/variants';

export function round12Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round12', f), 'utf8'));
  const en = read('nk-statement.en.txt');
  const ko = read('nk-statement.ko.txt');
  if (en.length !== ko.length) throw new Error(`nk-statement paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound12(run: RunDocs): Score {
  return score(run, round12Segments(), R12_TERMS, R12_VARIANTS, R12_PROBES);
}
