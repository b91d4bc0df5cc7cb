// Round-22 set (round22/): the by-election story (a court-ordered recount of a governor's race won
// by 387 votes, a Seoul by-election, record early-voting turnout, a campaign-finance probe) and its
// Korean translation as QA segments, scored like the rice-offer set. Test and bench helper (reads
// files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R22_PROBES, R22_TERMS, R22_VARIANTS } from './round22/variants';

export function round22Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round22', f), 'utf8'));
  const en = read('by-election.en.txt');
  const ko = read('by-election.ko.txt');
  if (en.length !== ko.length) throw new Error(`by-election paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound22(run: RunDocs): Score {
  return score(run, round22Segments(), R22_TERMS, R22_VARIANTS, R22_PROBES);
}
