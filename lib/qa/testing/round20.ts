// Round-20 set (round20/): the Jeju tourism, visa-waiver and environmental-levy story and its Korean
// translation as QA segments, scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R20_PROBES, R20_TERMS, R20_VARIANTS } from './round20/variants';

export function round20Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round20', f), 'utf8'));
  const en = read('jeju-tourism.en.txt');
  const ko = read('jeju-tourism.ko.txt');
  if (en.length !== ko.length) throw new Error(`jeju-tourism paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound20(run: RunDocs): Score {
  return score(run, round20Segments(), R20_TERMS, R20_VARIANTS, R20_PROBES);
}
