// Round-21 set (round21/): the K-pop agency boardroom story (a founder ousted at an extraordinary
// general meeting, a girl group's contract dispute before the Fair Trade Commission, a world tour's
// ticket sales) and its Korean translation as QA segments, scored like the rice-offer set. Test and
// bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R21_PROBES, R21_TERMS, R21_VARIANTS } from './round21/variants';

export function round21Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round21', f), 'utf8'));
  const en = read('starhaven-agm.en.txt');
  const ko = read('starhaven-agm.ko.txt');
  if (en.length !== ko.length) throw new Error(`starhaven-agm paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound21(run: RunDocs): Score {
  return score(run, round21Segments(), R21_TERMS, R21_VARIANTS, R21_PROBES);
}
