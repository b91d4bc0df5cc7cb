// The active editor's overlays and its document helpers: annotation marks and QA/note decorations
// brought in line with the segment's overlays in one transaction that is not an edit, a stored
// doc made safe for the schema, and the per-segment undo histories.
import type { Editor } from '@tiptap/core';
import { emptyDoc, stripUnsafeLinks, type InlineDecoration, type SegmentDoc } from '@/lib/editor/doc';
import { HistoryCache } from '@/lib/editor/history';
import { currentDecorations, sameDecorations, setInlineDecorations } from '@/lib/editor/inline-decorations';
import {
  ANNOTATION_META,
  annotationSpans,
  putAnnotationMarks,
  withoutAnnotationMarks,
  type AnnotationSpan,
} from '@/lib/editor/marks/annotation';
import { renderInlineHtml } from '@/lib/editor/render';
import { editableCopy } from './doc-utils';
import type { EditorStore } from './editor-store';
import { annotationSpansOf, noteDecorationsOf, qaDecorationsOf, type OverlayLabels } from './overlay-labels';
import type { RowOverlays } from './row-overlays';

/**
 * Brings the editor's annotation marks and QA decorations in line with the segment's overlays, in
 * one transaction that is not an edit. Annotations: one whose quote is at its offsets gets its mark
 * there; one that no longer fits keeps the mark that moved with the edits; one no longer open loses
 * it. QA: replaced only when the issues were computed on the text in the editor (saved version, no
 * unsaved edit); otherwise the underlines that moved with the edits stay until QA runs again.
 */
export function syncOverlays(editor: Editor, store: EditorStore, overlays: RowOverlays, id: string, labels: OverlayLabels): void {
  const entry = store.get(id);
  const type = editor.schema.marks.annotation;
  if (!entry || !type) return;
  const overlay = overlays.get(id);
  // A keystroke's selection change (Shift+Arrow) reaches ProseMirror's state a moment after the DOM
  // has it; read it in first, or dispatching below would put the older selection back.
  (editor.view as unknown as { domObserver?: { flush(): void } }).domObserver?.flush();
  const state = editor.state;
  const doc = state.doc;
  const text = doc.textBetween(0, doc.content.size, '', '\n');
  const tr = state.tr;

  const fitting = annotationSpansOf(overlay, 'target', text, labels);
  const fits = new Set(fitting.map((a) => a.id));
  const open = new Map(overlay.annotations.map((a) => [a.id, a]));
  const kept: AnnotationSpan[] = [];
  for (const span of annotationSpans(editor.getJSON() as SegmentDoc)) {
    const a = open.get(span.id);
    if (!a || fits.has(span.id)) continue;
    kept.push({ ...span, severity: a.severity, title: labels.annotation(a), active: overlay.activeAnnotation === a.id });
  }
  putAnnotationMarks(tr, type, [...fitting, ...kept]);
  const marksChanged = !tr.doc.eq(doc);

  let decorations: InlineDecoration[] | null = null;
  if (entry.pending === null && (!overlay.qa || overlay.qa.version === entry.server.version)) {
    const wanted = [
      ...qaDecorationsOf(overlay, 'target', text, { version: entry.server.version, edited: false }, labels),
      ...noteDecorationsOf(overlay, 'target', text, labels, false),
    ];
    if (!sameDecorations(wanted, currentDecorations(state))) decorations = wanted;
  }
  if (!marksChanged && !decorations) return;
  // Without mark changes, a fresh transaction: the no-op mark steps are dropped.
  const out = marksChanged ? tr : state.tr;
  if (decorations) setInlineDecorations(out, decorations);
  editor.view.dispatch(out.setMeta(ANNOTATION_META, true).setMeta('addToHistory', false).setMeta('preventUpdate', true));
}

/**
 * A stored doc as the editor schema can hold it: unsafe links and marks the schema lacks are dropped
 * (TipTap would otherwise reject the whole doc and show an empty editor, and a save would wipe the target).
 */
export function forEditor(doc: SegmentDoc | null | undefined): SegmentDoc {
  return editableCopy(stripUnsafeLinks(doc ?? emptyDoc()));
}

/** Each document's undo histories, per segment (lib/editor/history.ts). */
const histories = new WeakMap<EditorStore, HistoryCache>();
export function historiesOf(store: EditorStore): HistoryCache {
  let cache = histories.get(store);
  if (!cache) histories.set(store, (cache = new HistoryCache()));
  return cache;
}
/** What a saved history belongs to: the text as rendered, without display-only marks. */
export const historyKey = (editor: Editor) => renderInlineHtml(withoutAnnotationMarks(editor.getJSON() as SegmentDoc));
