'use client';
// What a row draws on each side: the document with the open review annotations as marks, and the
// decorations over it — glossary terms (source), QA underlines, reader notes (dotted underlines with
// their number, apart from the annotations' highlights) and search hits. The active row's target is
// the editor, which draws its own (active-editor.tsx).
import { useTranslations } from 'next-intl';
import type { InlineDecoration, SegmentDoc } from '@/lib/editor/doc';
import { withAnnotationMarks } from '@/lib/editor/marks/annotation';
import type { MentionMatcher } from '@/lib/names/mentions';
import type { SegmentEntry } from './editor-store';
import { annotationSpansOf, noteDecorationsOf, qaDecorationsOf, useOverlayLabels } from './overlay-labels';
import type { RowOverlay } from './row-overlays';
import { useSearchHits } from './search-highlight';
import { termDecorations } from './term-decorations';
import type { EditorTerm } from './types';

export interface SideView {
  doc: SegmentDoc | null;
  decorations: InlineDecoration[];
}

const NONE: SideView = { doc: null, decorations: [] };

export function useRowText(
  entry: SegmentEntry | undefined,
  overlay: RowOverlay,
  opts: { active: boolean; editing: boolean; matcher: MentionMatcher | null; terms: EditorTerm[] },
): { source: SideView; target: SideView; targetText: string } {
  const t = useTranslations('editor');
  const tn = useTranslations('names');
  const labels = useOverlayLabels();
  const searchHits = useSearchHits();
  if (!entry) return { source: NONE, target: NONE, targetText: '' };
  const s = entry.server;
  const shown = entry.pending?.target ?? s.target;
  const targetText = entry.pending?.text ?? s.targetText;
  const fresh = { version: s.version, edited: entry.pending !== null };
  const marked = (doc: SegmentDoc | null, side: 'source' | 'target', text: string) => {
    const spans = annotationSpansOf(overlay, side, text, labels);
    return doc && spans.length ? withAnnotationMarks(doc, spans) : doc;
  };
  const words = { notVetted: tn('notVetted'), proposed: t('proposed') };
  return {
    source: {
      doc: marked(s.source, 'source', s.sourceText),
      decorations: [
        ...termDecorations(opts.matcher, opts.terms, s.sourceText, opts.active, words),
        ...qaDecorationsOf(overlay, 'source', s.sourceText, fresh, labels),
        ...noteDecorationsOf(overlay, 'source', s.sourceText, labels),
        ...searchHits('source', s.sourceText),
      ],
    },
    target: {
      doc: marked(shown, 'target', targetText),
      decorations: opts.editing
        ? []
        : [
            ...qaDecorationsOf(overlay, 'target', targetText, fresh, labels),
            ...noteDecorationsOf(overlay, 'target', targetText, labels),
            ...searchHits('target', targetText),
          ],
    },
    targetText,
  };
}
