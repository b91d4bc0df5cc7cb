// Round-14 set (round14/): the webtoon-rights business feature and its Korean translation as QA
// segments, scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R14_PROBES, R14_TERMS, R14_VARIANTS } from './round14/variants';

export function round14Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round14', f), 'utf8'));
  const en = read('webtoon-rights.en.txt');
  const ko = read('webtoon-rights.ko.txt');
  if (en.length !== ko.length) throw new Error(`webtoon-rights paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound14(run: RunDocs): Score {
  return score(run, round14Segments(), R14_TERMS, R14_VARIANTS, R14_PROBES);
}
