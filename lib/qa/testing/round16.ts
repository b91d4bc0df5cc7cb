// Round-16 set (round16/): the KBO posting story and its Korean translation as QA segments, scored
// like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R16_PROBES, R16_TERMS, R16_VARIANTS } from './round16/variants';

export function round16Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round16', f), 'utf8'));
  const en = read('kbo-posting.en.txt');
  const ko = read('kbo-posting.ko.txt');
  if (en.length !== ko.length) throw new Error(`kbo-posting paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound16(run: RunDocs): Score {
  return score(run, round16Segments(), R16_TERMS, R16_VARIANTS, R16_PROBES);
}
