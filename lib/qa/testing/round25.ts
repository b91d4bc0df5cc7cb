// Round-25 set (round25/): the heat-pump story (a radio business commentary: the Korean appliance
// maker Haneul Electronics wins a €1.2 billion heat-pump order from the German utility Rheinwerk
// Energie as the EU phases out gas boilers; the Changwon plant expansion, refrigerant rules, a
// Chinese rival, wage talks, the share price) and its Korean translation as QA segments, scored
// like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R25_PROBES, R25_TERMS, R25_VARIANTS } from './round25/variants';

export function round25Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round25', f), 'utf8'));
  const en = read('heatpump.en.txt');
  const ko = read('heatpump.ko.txt');
  if (en.length !== ko.length) throw new Error(`heatpump paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound25(run: RunDocs): Score {
  return score(run, round25Segments(), R25_TERMS, R25_VARIANTS, R25_PROBES);
}
