// Round-18 set (round18/): the Seoul transit fare rise and GTX-A opening story and its Korean
// translation as QA segments, scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R18_PROBES, R18_TERMS, R18_VARIANTS } from './round18/variants';

export function round18Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round18', f), 'utf8'));
  const en = read('transit-fares.en.txt');
  const ko = read('transit-fares.ko.txt');
  if (en.length !== ko.length) throw new Error(`transit-fares paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound18(run: RunDocs): Score {
  return score(run, round18Segments(), R18_TERMS, R18_VARIANTS, R18_PROBES);
}
