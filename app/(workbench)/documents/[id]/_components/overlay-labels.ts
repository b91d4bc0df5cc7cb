'use client';
// The localized hover texts of the rows' overlays, and the overlays of one side of a segment as the
// static rows and the active editor draw them (annotation spans for withAnnotationMarks / the
// AnnotationMark, QA underlines as InlineDecorations).
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { InlineDecoration } from '@/lib/editor/doc';
import type { AnnotationSpan } from '@/lib/editor/marks/annotation';
import { annotationTitle, noteDecorations, placeAnnotations, qaDecorations, type OverlaySide } from '@/lib/editor/overlays';
import { categoryMessageKey } from '@/lib/review/mqm';
import type { TAnnotationHighlight, TNoteHighlight } from '@/lib/review/types';
import type { QaIssueDto, RowOverlay } from './row-overlays';

export interface OverlayLabels {
  annotation: (a: TAnnotationHighlight) => string;
  qa: (issue: QaIssueDto) => string;
  note: (note: TNoteHighlight) => string;
}

export function useOverlayLabels(): OverlayLabels {
  const tr = useTranslations('review');
  const te = useTranslations('editorReview');
  const tq = useTranslations('editorQa');
  const tn = useTranslations('readerNotes');
  return useMemo(
    () => ({
      annotation: (a) =>
        annotationTitle(
          te('highlightTitle', { category: tr(`category_${categoryMessageKey(a.category)}`), severity: tr(`severity_${a.severity}`) }),
          a.comment,
        ),
      qa: (i) => tq('underlineTitle', { severity: tq(i.severity), message: i.message }),
      note: (n) => annotationTitle(tn('highlightTitle', { n: n.number }), n.comment),
    }),
    [tr, te, tq, tn],
  );
}

/** The open annotations of one side still on their words, as mark spans (severity colour, hover title, picked). */
export function annotationSpansOf(overlay: RowOverlay, side: OverlaySide, text: string, labels: OverlayLabels): AnnotationSpan[] {
  return placeAnnotations(overlay.annotations, side, text).map((a) => ({
    id: a.id,
    start: a.start,
    end: a.end,
    severity: a.severity,
    title: labels.annotation(a),
    active: overlay.activeAnnotation === a.id,
  }));
}

/**
 * QA underlines of one side. Target spans are drawn only when the issues were computed on the text
 * shown (the saved `version`, no unsaved edit), else none until QA runs on the saved text; source
 * spans (the source never changes) stay until the next answer.
 */
export function qaDecorationsOf(
  overlay: RowOverlay,
  side: OverlaySide,
  text: string,
  shown: { version: number; edited: boolean },
  labels: OverlayLabels,
): InlineDecoration[] {
  if (!overlay.qa) return [];
  if (side === 'target' && (overlay.qa.version !== shown.version || shown.edited)) return [];
  return qaDecorations(overlay.qa.issues, side, text.length, labels.qa);
}

/** Reader notes of one side (dotted underlines with their number), focusable in the static rows only. */
export function noteDecorationsOf(
  overlay: RowOverlay,
  side: OverlaySide,
  text: string,
  labels: OverlayLabels,
  focusable = true,
): InlineDecoration[] {
  return overlay.notes.length ? noteDecorations(overlay.notes, side, text, labels.note, { focusable }) : [];
}
