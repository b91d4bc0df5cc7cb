// Round-8 set (round8/): the lng-order commentary and its Korean translation as QA segments,
// scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R8_PROBES, R8_TERMS, R8_VARIANTS } from './round8/variants';

export function round8Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round8', f), 'utf8'));
  const en = read('lng-order.en.txt');
  const ko = read('lng-order.ko.txt');
  if (en.length !== ko.length) throw new Error(`lng-order paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound8(run: RunDocs): Score {
  return score(run, round8Segments(), R8_TERMS, R8_VARIANTS, R8_PROBES);
}
