// What the reader features add to an edition's paragraphs, per format, in one object the renderers
// call per segment: inline inserts (note markers; sentence spans on the web), the print footnotes
// under a paragraph block, EPUB footnotes after a pair, and the notes section at the end.
import type { InlineInsert } from './inline-inserts';
import {
  epubFootnotes,
  epubMarkerInserts,
  notesBySegment,
  numberNotes,
  printPairNotes,
  sideLength,
  webMarkerInserts,
  webNotesSection,
  type EditionNote,
  type NumberedNote,
} from './notes';
import { sentenceInserts, type EditionSentences } from './sentence-marks';
import { bodySegments, type EditionSegment, type EditionView } from './snapshot';

/** The reader fields of a snapshot (both optional: editions published before issue #21 have neither). */
export interface ReaderFields {
  notes?: EditionNote[] | null;
  /** Sentence links by paragraph number (EditionSegment.n). */
  sentences?: Record<string, EditionSentences> | null;
}

export interface ReaderMarks {
  notes: NumberedNote[];
  inserts(seg: EditionSegment, side: 'source' | 'target'): InlineInsert[];
  /** Web/print: the block's notes for print, placed inside the pair after both sides. */
  pairNotes(seg: EditionSegment): string;
  /** EPUB: the pair's footnotes, placed right after it. */
  footnotes(seg: EditionSegment): string;
  /** Web: the notes section at the end of the article. */
  notesSection(): string;
}

export function readerMarks(ed: EditionView & ReaderFields, format: 'web' | 'epub'): ReaderMarks {
  const notes = numberNotes(ed, bodySegments(ed));
  const by = notesBySegment(notes);
  const langs = { src: ed.sourceLang, trg: ed.targetLang };
  const of = (seg: EditionSegment, side: 'source' | 'target') => by.get(`${seg.n}:${side}`) ?? [];
  return {
    notes,
    inserts(seg, side) {
      const here = of(seg, side);
      if (format === 'epub') return epubMarkerInserts(here);
      const sentences = seg.target ? sentenceInserts(seg.n, ed.sentences?.[String(seg.n)], side, sideLength(seg, side)) : [];
      return [...webMarkerInserts(here, langs), ...sentences];
    },
    pairNotes: (seg) => (format === 'web' ? printPairNotes([...of(seg, 'source'), ...of(seg, 'target')], langs) : ''),
    footnotes: (seg) => (format === 'epub' ? epubFootnotes([...of(seg, 'source'), ...of(seg, 'target')], langs) : ''),
    notesSection: () => (format === 'web' ? webNotesSection(notes, langs) : ''),
  };
}
