'use client';
// One segment: number, English source (with glossary highlights), Korean target, state/origin/word
// counts. Memoised and subscribed to its own segment only, so typing in another row never
// re-renders it; `data-renders` counts renders for the e2e test that checks this.
// Overlays (row-overlays.ts, drawn by use-row-text.ts): QA issues are wavy underlines, open review
// annotations highlight marks, reader notes dotted underlines with their number; clicking (or
// Enter on) a highlight or a note picks it in the side panel.
import { useTranslations } from 'next-intl';
import { memo, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { RichText } from '@/app/_components/rich-text';
import './editor.css';
import type { MentionMatcher } from '@/lib/names/mentions';
import type { EditorStore } from './editor-store';
import { useRowOverlay, type RowOverlays } from './row-overlays';
import { RowMeta } from './row-meta';
import { RowNumber } from './row-number';
import type { RowSelection } from './selection';
import type { EditorTerm } from './types';
import { useRowText } from './use-row-text';
import { useSegmentEntry } from './use-store';

/** The annotation id of a clicked highlight, if the click landed on one. */
function clickedAnnotation(e: MouseEvent): string | null {
  const el = e.target instanceof Element ? e.target.closest('mark[data-annotation-id]') : null;
  return el?.getAttribute('data-annotation-id') ?? null;
}

/** The reader note of a click or a key press, if it landed on one outside the editor (there a click places the caret). */
function pickedNote(e: MouseEvent | KeyboardEvent): string | null {
  const el = e.target instanceof Element ? e.target.closest('mark[data-note-id]') : null;
  return el && !el.closest('.ProseMirror') ? el.getAttribute('data-note-id') : null;
}

interface RowProps {
  store: EditorStore;
  overlays: RowOverlays;
  id: string;
  active: boolean;
  matcher: MentionMatcher | null;
  terms: EditorTerm[];
  onActivate: (id: string) => void;
  /** The mounted editor, for the active row only. */
  editor?: ReactNode;
  /** Names of other people on this segment. */
  others?: string;
  /** Bulk review: a checkbox per row (Shift+click for a range). */
  selection?: RowSelection;
}

export const SegmentRow = memo(function SegmentRow(props: RowProps) {
  const { store, overlays, id, active, onActivate, editor, others, selection } = props;
  const t = useTranslations('editor');
  const renders = useRef(0);
  renders.current += 1;
  const entry = useSegmentEntry(store, id);
  const overlay = useRowOverlay(overlays, id);
  const text = useRowText(entry, overlay, { active, editing: !!editor, matcher: props.matcher, terms: props.terms });
  if (!entry) return null;
  const s = entry.server;
  const n = s.position + 1;
  const open = (note: string | null, focus: boolean) => {
    if (!active) onActivate(id);
    if (note) overlays.focusNote(id, note, { focus });
  };
  return (
    <div
      className={`seg-row${active ? ' active' : ''}${entry.conflict ? ' has-conflict' : ''}`}
      data-segment-id={id}
      data-number={n}
      data-state={s.state}
      data-renders={renders.current}
      role="listitem"
      aria-current={active ? 'true' : undefined}
      onClick={(e) => {
        const picked = clickedAnnotation(e);
        open(pickedNote(e), false);
        if (picked) overlays.focusAnnotation(id, picked);
      }}
      onKeyDown={(e) => {
        const note = (e.key === 'Enter' || e.key === ' ') && pickedNote(e);
        if (!note) return;
        e.preventDefault();
        open(note, true);
      }}
    >
      <RowNumber id={id} n={n} onActivate={onActivate} selection={selection} />
      <div className="seg-source" lang="en" data-side="source">
        <RichText doc={text.source.doc} decorations={text.source.decorations} annotations />
      </div>
      <div className="seg-target" lang="ko" data-side="target">
        {editor ??
          (text.target.doc && text.targetText ? (
            <RichText doc={text.target.doc} decorations={text.target.decorations} annotations />
          ) : (
            <span className="muted placeholder">{t('emptyTarget')}</span>
          ))}
      </div>
      <RowMeta entry={entry} targetText={text.targetText} others={others} />
    </div>
  );
});
