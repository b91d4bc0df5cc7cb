// Round-30 set (round30/): the rice commentary (a radio news commentary script in broadcast 합쇼체:
// rice prices at a five-year low, the government buying up the surplus, the Grain Management Act
// amendment, farmers rallying in Sejong, falling rice consumption; an agricultural economist, a
// farmer, two lawmakers, a ministry official and an RPC manager) and its Korean translation as QA
// segments, scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R30_PROBES, R30_TERMS, R30_VARIANTS } from './round30/variants';

export function round30Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round30', f), 'utf8'));
  const en = read('ricecomment.en.txt');
  const ko = read('ricecomment.ko.txt');
  if (en.length !== ko.length) throw new Error(`ricecomment paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound30(run: RunDocs): Score {
  return score(run, round30Segments(), R30_TERMS, R30_VARIANTS, R30_PROBES);
}
