// Round-9 set (round9/): the dam-release commentary and its Korean translation as QA segments,
// scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R9_PROBES, R9_TERMS, R9_VARIANTS } from './round9/variants';

export function round9Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round9', f), 'utf8'));
  const en = read('dam-release.en.txt');
  const ko = read('dam-release.ko.txt');
  if (en.length !== ko.length) throw new Error(`dam-release paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound9(run: RunDocs): Score {
  return score(run, round9Segments(), R9_TERMS, R9_VARIANTS, R9_PROBES);
}
