// Round-10 set (round10/): the pension-reform radio commentary and its Korean translation as QA
// segments, scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R10_PROBES, R10_TERMS, R10_VARIANTS } from './round10/variants';

export function round10Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round10', f), 'utf8'));
  const en = read('pension-reform.en.txt');
  const ko = read('pension-reform.ko.txt');
  if (en.length !== ko.length) throw new Error(`pension-reform paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound10(run: RunDocs): Score {
  return score(run, round10Segments(), R10_TERMS, R10_VARIANTS, R10_PROBES);
}
