// Test and benchmark helper (reads files): the rice-offer article and its Korean translation as
// QA segments, and variants applied to them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../text/paragraphs';
import type { QaSegment } from '../types';

export function riceSegments(): QaSegment[] {
  const en = splitParagraphs(readFileSync(path.join(__dirname, 'rice-offer.en.txt'), 'utf8'));
  const ko = splitParagraphs(readFileSync(path.join(__dirname, 'rice-offer.ko.txt'), 'utf8'));
  if (en.length !== ko.length) throw new Error(`rice-offer paragraphs differ: ${en.length} English, ${ko.length} Korean`);
  return en.map((sourceText, i) => ({ id: `r${i}`, sourceText, targetText: ko[i]!, state: 'TRANSLATED' }));
}

/** The clean document with one change applied to one paragraph; returns the faulty segment's id. */
export function applyVariant(
  clean: readonly QaSegment[],
  v: { id: string; paragraph: number; replace: [string, string][] },
): { segments: QaSegment[]; faultyId: string } {
  const segments = clean.map((s) => ({ ...s }));
  const seg = segments[v.paragraph]!;
  for (const [from, to] of v.replace) {
    if (!seg.targetText.includes(from)) throw new Error(`${v.id}: “${from}” not in paragraph ${v.paragraph}`);
    seg.targetText = seg.targetText.replace(from, to);
  }
  return { segments, faultyId: seg.id };
}
