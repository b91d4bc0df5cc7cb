// Reader notes in an edition: the approved, attached notes frozen into the snapshot at publish
// (when the owner includes them), numbered in reading order, and their markup per format:
//  - web: a numbered marker after the noted span: a <button> that opens a native popover (keyboard,
//    touch and Escape work without script) with the note, plus a notes section at the end whose
//    entries link back to their markers;
//  - print (PDF): the same page's notes repeated under their paragraph block (`.pair-notes`, shown
//    only in print; a block never breaks across pages, so a note is on its marker's page);
//  - EPUB 3: <a epub:type="noteref"> → <aside epub:type="footnote"> after the paragraph pair;
//  - DOCX and Markdown take the numbers and texts from `numberNotes` (Word footnotes, [^n]).
// Reading order: paragraph by paragraph; within one, the English side's notes first, each side by
// position. Note text is user text: always escaped, never markup.
import { docToText } from '../editor/doc';
import { escapeMarkup } from '../text/markup';
import type { EditionSegment } from './snapshot';
import { RANK, type InlineInsert } from './inline-inserts';

/** A note as frozen in the snapshot (offsets into docToText of that side of paragraph n). */
export interface EditionNote {
  /** The paragraph (EditionSegment.n). */
  n: number;
  side: 'source' | 'target';
  start: number;
  end: number;
  quote: string;
  text: string;
}

export interface NumberedNote extends EditionNote {
  /** 1-based number in reading order. */
  num: number;
}

/** Length of one side's plain text (docToText offsets: a hard break is one character). */
export function sideLength(seg: EditionSegment, side: 'source' | 'target'): number {
  const doc = side === 'source' ? seg.source : seg.target;
  return doc ? docToText(doc).length : 0;
}

/**
 * The edition's notes on the given paragraphs and sides, numbered in reading order. Notes on a side
 * the paragraph does not show (no translation), on paragraphs left out (the title), or whose span
 * no longer fits the text are dropped.
 */
export function numberNotes(
  ed: { notes?: readonly EditionNote[] | null },
  segments: readonly EditionSegment[],
  sides: readonly ('source' | 'target')[] = ['source', 'target'],
): NumberedNote[] {
  const notes = ed.notes ?? [];
  if (!notes.length) return [];
  const out: NumberedNote[] = [];
  for (const seg of segments) {
    for (const side of sides) {
      if (side === 'target' && !seg.target) continue;
      const len = sideLength(seg, side);
      const here = notes
        .filter((x) => x.n === seg.n && x.side === side && x.start >= 0 && x.end > x.start && x.end <= len && x.text.trim())
        .sort((a, b) => a.end - b.end || a.start - b.start);
      for (const x of here) out.push({ ...x, num: out.length + 1 });
    }
  }
  return out;
}

/** Notes by paragraph and side, for the renderers' per-segment lookups. */
export function notesBySegment(notes: readonly NumberedNote[]): Map<string, NumberedNote[]> {
  const m = new Map<string, NumberedNote[]>();
  for (const x of notes) {
    const key = `${x.n}:${x.side}`;
    m.set(key, [...(m.get(key) ?? []), x]);
  }
  return m;
}

export const NOTE_LABELS = {
  note: { en: 'Note', ko: '주' },
  notes: { en: 'Notes', ko: '주석' },
  back: { en: 'Back to the text', ko: '본문으로' },
} as const;

/** The note's language: Korean when Hangul dominates its text. */
export function noteLang(text: string, src: string, trg: string): string {
  const hangul = text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return hangul > latin / 2 ? trg : src;
}

function noteBody(text: string): string {
  return text.trim().split(/\n+/).map(escapeMarkup).join(' ');
}

/** Web: marker button + popover, put right after the noted span. */
export function webMarkerInserts(notes: readonly NumberedNote[], langs: { src: string; trg: string }): InlineInsert[] {
  return notes.map((x) => ({
    at: x.end,
    rank: RANK.marker,
    html:
      `<sup class="noteref-wrap"><button type="button" class="noteref" id="noteref-${x.num}" popovertarget="note-pop-${x.num}" ` +
      `aria-label="${NOTE_LABELS.note.en} ${x.num}" data-note="${x.num}">${x.num}</button></sup>` +
      `<span class="note-pop" id="note-pop-${x.num}" popover="auto" role="note" aria-label="${NOTE_LABELS.note.en} ${x.num}">` +
      `<span class="note-pop-num">${x.num}</span> <span lang="${escapeMarkup(noteLang(x.text, langs.src, langs.trg))}">${noteBody(x.text)}</span> ` +
      `<a class="note-pop-all" href="#note-${x.num}">${NOTE_LABELS.notes.en} · <span lang="ko">${NOTE_LABELS.notes.ko}</span></a></span>`,
  }));
}

/** Print: the paragraph block's own notes, under it (shown only in print; display:none keeps them from screen readers on screen). */
export function printPairNotes(notes: readonly NumberedNote[], langs: { src: string; trg: string }): string {
  if (!notes.length) return '';
  const items = [...notes]
    .sort((a, b) => a.num - b.num)
    .map(
      (x) =>
        `<li value="${x.num}"><span class="fn-num">${x.num}</span> <span lang="${escapeMarkup(noteLang(x.text, langs.src, langs.trg))}">${noteBody(x.text)}</span></li>`,
    );
  return `<ol class="pair-notes">${items.join('')}</ol>`;
}

/** Web: the notes section at the end, each entry linking back to its marker. */
export function webNotesSection(notes: readonly NumberedNote[], langs: { src: string; trg: string }): string {
  if (!notes.length) return '';
  const items = notes.map(
    (x) =>
      `<li id="note-${x.num}" value="${x.num}"><span lang="${escapeMarkup(noteLang(x.text, langs.src, langs.trg))}">${noteBody(x.text)}</span> ` +
      `<a class="note-back" href="#noteref-${x.num}" aria-label="${NOTE_LABELS.back.en} (${NOTE_LABELS.note.en.toLowerCase()} ${x.num})">↩</a></li>`,
  );
  return (
    `<section class="ed-notes" aria-labelledby="ed-notes-h"><h2 id="ed-notes-h"><span lang="en">${NOTE_LABELS.notes.en}</span> · <span lang="ko">${NOTE_LABELS.notes.ko}</span></h2>` +
    `<ol class="ed-notes-list">${items.join('')}</ol></section>`
  );
}

/** EPUB: the noteref after the noted span. */
export function epubMarkerInserts(notes: readonly NumberedNote[]): InlineInsert[] {
  return notes.map((x) => ({
    at: x.end,
    rank: RANK.marker,
    html: `<sup><a class="noteref" epub:type="noteref" role="doc-noteref" id="fnref${x.num}" href="#fn${x.num}">${x.num}</a></sup>`,
  }));
}

/** EPUB: the footnotes of one paragraph pair, right after it in the same file. */
export function epubFootnotes(notes: readonly NumberedNote[], langs: { src: string; trg: string }): string {
  return [...notes]
    .sort((a, b) => a.num - b.num)
    .map((x) => {
      const lang = escapeMarkup(noteLang(x.text, langs.src, langs.trg));
      return (
        `<aside epub:type="footnote" role="doc-footnote" id="fn${x.num}" class="footnote">` +
        `<p lang="${lang}" xml:lang="${lang}"><a href="#fnref${x.num}">${x.num}</a> ${noteBody(x.text)}</p></aside>`
      );
    })
    .join('');
}
