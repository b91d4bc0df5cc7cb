// Round-29 set (round29/): the college entrance exam story (a national news story on CSAT day: the
// candidates and exam sites, the timetable, police motorcycles taking late candidates to their sites,
// flights held during the English listening section, a candidate who forgot her ID, the KICE and
// education ministry briefings, a disputed English question and its objections, a police sergeant,
// a teacher, a parent and a student) and its Korean translation as QA segments, scored like the
// rice-offer set. Test and bench helper (reads files).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';
import { score, type RunDocs, type Score } from './score';
import { R29_PROBES, R29_TERMS, R29_VARIANTS } from './round29/variants';

export function round29Segments(): QaSegment[] {
  const read = (f: string) => splitParagraphs(readFileSync(path.join(__dirname, 'round29', f), 'utf8'));
  const en = read('suneung.en.txt');
  const ko = read('suneung.ko.txt');
  if (en.length !== ko.length) throw new Error(`suneung paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `s${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

export function scoreRound29(run: RunDocs): Score {
  return score(run, round29Segments(), R29_TERMS, R29_VARIANTS, R29_PROBES);
}
