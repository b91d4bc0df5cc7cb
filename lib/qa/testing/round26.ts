// Round-26 set (round26/): the typhoon story (a breaking disaster news wire: the invented
// late-season Typhoon Doraji makes landfall near Tongyeong on the south coast; deaths, evacuations,
// power cuts, cancelled flights and ferries, rainfall and wind figures, the interior minister, local
// officials and residents quoted) and its Korean translation as QA segments, scored like the
// rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R26_PROBES, R26_TERMS, R26_VARIANTS } from './round26/variants';

export function round26Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round26', f), 'utf8'));
  const en = read('typhoon.en.txt');
  const ko = read('typhoon.ko.txt');
  if (en.length !== ko.length) throw new Error(`typhoon paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound26(run: RunDocs): Score {
  return score(run, round26Segments(), R26_TERMS, R26_VARIANTS, R26_PROBES);
}
