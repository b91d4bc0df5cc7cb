// Round-13 set (round13/): the Jeju drought radio programme script and its Korean translation as QA
// segments, scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R13_PROBES, R13_TERMS, R13_VARIANTS } from './round13/variants';

export function round13Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round13', f), 'utf8'));
  const en = read('jeju-drought.en.txt');
  const ko = read('jeju-drought.ko.txt');
  if (en.length !== ko.length) throw new Error(`jeju-drought paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound13(run: RunDocs): Score {
  return score(run, round13Segments(), R13_TERMS, R13_VARIANTS, R13_PROBES);
}
