// Round-27 set (round27/): the football-coach story (a sports wire: the Korea Football Association
// names an invented Portuguese coach for the men's national team after a World Cup qualifying defeat
// by Bahrain; the contract, the National Team Committee's process, the previous coach's exit, the
// fixtures, the FIFA ranking, a player and officials quoted) and its Korean translation as QA
// segments, scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R27_PROBES, R27_TERMS, R27_VARIANTS } from './round27/variants';

export function round27Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round27', f), 'utf8'));
  const en = read('coach.en.txt');
  const ko = read('coach.ko.txt');
  if (en.length !== ko.length) throw new Error(`coach paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound27(run: RunDocs): Score {
  return score(run, round27Segments(), R27_TERMS, R27_VARIANTS, R27_PROBES);
}
