// Round-28 set (round28/): the measles story (a public-health wire story: a measles outbreak begun
// by travellers returning from Southeast Asia spreads through a Daejeon hospital and Cheongju
// primary schools; the KDCA briefing, cases by age, MMR coverage, school and hospital measures, a
// doctor, an epidemiologist, a parent and officials) and its Korean translation as QA segments,
// scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R28_PROBES, R28_TERMS, R28_VARIANTS } from './round28/variants';

export function round28Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round28', f), 'utf8'));
  const en = read('measles.en.txt');
  const ko = read('measles.ko.txt');
  if (en.length !== ko.length) throw new Error(`measles paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound28(run: RunDocs): Score {
  return score(run, round28Segments(), R28_TERMS, R28_VARIANTS, R28_PROBES);
}
