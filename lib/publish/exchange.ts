// An edition in the exchange formats, through the existing exporters: XLIFF 2.0 (every published
// segment, titles included, targets with their marks; unit/@name carries the segment number so a
// re-import can be matched back) and TMX 1.4b (the translated pairs as plain text).
import { docToText } from '../editor/doc';
import { exportTmx, type TmxUnit } from '../formats/tmx';
import { exportXliff2 } from '../formats/xliff';
import type { EditionView } from './snapshot';

export function editionToXliff(ed: EditionView): string {
  return exportXliff2({
    id: `${ed.slug}-v${ed.version}`,
    title: ed.documentTitle,
    sourceLang: ed.sourceLang,
    targetLang: ed.targetLang,
    segments: ed.segments.map((s) => ({
      id: `p${s.n}`,
      source: s.source.content[0]?.content ?? [],
      target: s.target ? (s.target.content[0]?.content ?? []) : null,
      state: s.target ? s.state : 'EMPTY',
    })),
  });
}

export function editionToTmx(ed: EditionView): string {
  const createdAt = new Date(ed.publishedAt);
  const units: TmxUnit[] = [];
  ed.segments.forEach((s, i) => {
    if (!s.target) return;
    const prev = ed.segments[i - 1];
    const next = ed.segments[i + 1];
    units.push({
      source: docToText(s.source),
      target: docToText(s.target),
      createdAt,
      context: { prev: prev ? docToText(prev.source) : undefined, next: next ? docToText(next.source) : undefined },
    });
  });
  return exportTmx(units, { sourceLang: ed.sourceLang, targetLang: ed.targetLang, createdAt });
}
