// Round-24 set (round24/): the repatriation story (a Joseon handscroll, ‘Spring Outing at
// Segeomjeong’, returns from a private collection in Kyoto to the National Museum of Korea after a
// sale-and-donation the Overseas Korean Cultural Heritage Foundation negotiated with the collector's
// heir; conservation, a preview and a spring exhibition) and its Korean translation as QA segments,
// scored like the rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R24_PROBES, R24_TERMS, R24_VARIANTS } from './round24/variants';

export function round24Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round24', f), 'utf8'));
  const en = read('repatriation.en.txt');
  const ko = read('repatriation.ko.txt');
  if (en.length !== ko.length) throw new Error(`repatriation paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound24(run: RunDocs): Score {
  return score(run, round24Segments(), R24_TERMS, R24_VARIANTS, R24_PROBES);
}
