// A long document of distinct paragraphs for the QA speed figure: every clean translation the
// repository keeps (the QA rounds' stories, the spelling sets' stories, the alignment news), in
// order and repeated only to fill the count. The first speed document repeats two articles, so each
// English phrase stands in dozens of segments and the phrase passes skip it as a topic word; here, as
// in a real long text, thousands of phrases stand in two to twelve segments, the case those passes
// work hardest on (a pass that compares every such phrase with every segment is quadratic).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../../lib/text/paragraphs';
import type { QaSegment } from '../../lib/qa/types';

const ROOT = path.join(__dirname, '..', '..');

export function mixedPairs(): { sourceText: string; targetText: string }[] {
  const pairs: { sourceText: string; targetText: string }[] = [];
  const qa = path.join(ROOT, 'lib/qa/testing');
  const rounds = readdirSync(qa)
    .filter((d) => /^round\d+$/.test(d))
    .sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)));
  for (const d of rounds) {
    const en = readdirSync(path.join(qa, d)).find((f) => f.endsWith('.en.txt'));
    const ko = en && path.join(qa, d, en.replace('.en.', '.ko.'));
    if (!ko || !existsSync(ko)) continue;
    const a = splitParagraphs(readFileSync(path.join(qa, d, en), 'utf8'));
    const b = splitParagraphs(readFileSync(ko, 'utf8'));
    a.forEach((s, i) => b[i] && pairs.push({ sourceText: s, targetText: b[i]! }));
  }
  const spell = path.join(ROOT, 'bench/spell/texts');
  for (const f of readdirSync(spell)
    .filter((f) => f.endsWith('.en.txt') && existsSync(path.join(spell, f.replace('.en.', '.ko.'))))
    .sort()) {
    const lines = (file: string) =>
      readFileSync(path.join(spell, file), 'utf8')
        .split(/\n+/)
        .filter((l) => l.trim());
    const a = lines(f);
    const b = lines(f.replace('.en.', '.ko.'));
    a.forEach((s, i) => b[i] && pairs.push({ sourceText: s, targetText: b[i]! }));
  }
  for (const f of ['tune.tsv', 'heldout.tsv']) {
    const rows = readFileSync(path.join(ROOT, 'bench/align/news', f), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    for (const row of rows) {
      const [, en, ko] = row.split('\t');
      if (en && ko) pairs.push({ sourceText: en, targetText: ko });
    }
  }
  return pairs;
}

/** `count` segments of the distinct pairs above, in order (repeated only past their number). */
export function mixedDocument(count: number): { segments: QaSegment[]; distinct: number } {
  const pairs = mixedPairs();
  const segments = Array.from({ length: count }, (_, i): QaSegment => ({ ...pairs[i % pairs.length]!, id: `m${i}`, state: 'TRANSLATED' }));
  return { segments, distinct: Math.min(count, pairs.length) };
}
