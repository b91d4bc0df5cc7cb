'use client';
// One segment: number, English source (with glossary highlights), Korean target, state/origin/word
// counts. Memoised and subscribed to its own segment only, so typing in another row never
// re-renders it; `data-renders` counts renders for the e2e test that checks this.
// Overlays (row-overlays.ts): QA issues are wavy underlines (decorations, inside the marks) and open
// review annotations are highlighted as annotation marks, the same marks the active editor carries;
// clicking a highlight picks its thread in the side panel.
import { useTranslations } from 'next-intl';
import { memo, useRef, type MouseEvent, type ReactNode } from 'react';
import { RichText } from '@/app/_components/rich-text';
import type { InlineDecoration, SegmentDoc } from '@/lib/editor/doc';
import { withAnnotationMarks, type AnnotationSpan } from '@/lib/editor/marks/annotation';
import type { MentionMatcher } from '@/lib/names/mentions';
import { countEojeol } from '@/lib/text/paragraphs';
import type { EditorStore } from './editor-store';
import { annotationSpansOf, qaDecorationsOf, useOverlayLabels } from './overlay-labels';
import { useRowOverlay, type RowOverlays } from './row-overlays';
import { useSearchHits } from './search-highlight';
import { useSelected, type RowSelection } from './selection';
import type { EditorTerm } from './types';
import { useSegmentEntry } from './use-store';

function highlighted(doc: SegmentDoc | null, spans: AnnotationSpan[]): SegmentDoc | null {
  return doc && spans.length ? withAnnotationMarks(doc, spans) : doc;
}

/** The annotation id of a clicked highlight, if the click landed on one. */
export function clickedAnnotation(e: MouseEvent | globalThis.MouseEvent): string | null {
  const el = e.target instanceof Element ? e.target.closest('mark[data-annotation-id]') : null;
  return el?.getAttribute('data-annotation-id') ?? null;
}

/** The words of a term's hover title, in the UI language. */
export interface TermTitleWords {
  notVetted: string;
  proposed: string;
}

export function termDecorations(
  matcher: MentionMatcher | null,
  terms: EditorTerm[],
  text: string,
  numbered: boolean,
  words: TermTitleWords,
): InlineDecoration[] {
  if (!matcher || !terms.length) return [];
  const order: number[] = [];
  return matcher.find(text).map((m) => {
    const term = terms[m.termIndex]!;
    if (!order.includes(m.termIndex)) order.push(m.termIndex);
    const n = order.indexOf(m.termIndex) + 1;
    return {
      start: m.start,
      end: m.end,
      className: `term term-${term.kind}${term.status === 'PROPOSED' ? ' term-proposed' : ''}`,
      attrs: {
        // The Korean form shows in a real popover (term-popover.tsx: hover, keyboard focus, tap), not
        // a title tooltip; the label stays as data for it and for tests. A name found without Hangul
        // has no form yet: say so, with its best guesses.
        tabindex: '0',
        'data-term-label': `${
          term.target ||
          `${words.notVetted}: ${(term.candidates ?? [])
            .slice(0, 3)
            .map((c) => c.target)
            .join(', ')}`
        }${term.status === 'PROPOSED' && term.target ? ` (${words.proposed})` : ''}${numbered && n <= 9 ? ` — Ctrl+Shift+${n}` : ''}`,
        'data-term-id': term.id,
        ...(numbered && n <= 9 ? { 'data-hit': String(n) } : {}),
      },
    };
  });
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

export const SegmentRow = memo(function SegmentRow({
  store,
  overlays,
  id,
  active,
  matcher,
  terms,
  onActivate,
  editor,
  others,
  selection,
}: RowProps) {
  const t = useTranslations('editor');
  const ts = useTranslations('states');
  const to = useTranslations('origins');
  const labels = useOverlayLabels();
  const renders = useRef(0);
  renders.current += 1;
  const entry = useSegmentEntry(store, id);
  const overlay = useRowOverlay(overlays, id);
  const selected = useSelected(selection, id);
  const tb = useTranslations('bulkReview');
  const tn = useTranslations('names');
  const searchHits = useSearchHits();
  if (!entry) return null;
  const s = entry.server;
  const n = s.position + 1;
  const shown = entry.pending?.target ?? s.target;
  const targetText = entry.pending?.text ?? s.targetText;
  const fresh = { version: s.version, edited: entry.pending !== null };
  const sourceDecorations = [
    ...termDecorations(matcher, terms, s.sourceText, active, { notVetted: tn('notVetted'), proposed: t('proposed') }),
    ...qaDecorationsOf(overlay, 'source', s.sourceText, fresh, labels),
    ...searchHits('source', s.sourceText),
  ];
  const targetDecorations = editor
    ? []
    : [...qaDecorationsOf(overlay, 'target', targetText, fresh, labels), ...searchHits('target', targetText)];
  const onClick = (e: MouseEvent) => {
    const picked = clickedAnnotation(e);
    if (!active) onActivate(id);
    if (picked) overlays.focusAnnotation(id, picked);
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
      onClick={onClick}
    >
      <div className="seg-num">
        <button
          type="button"
          className="link-button"
          aria-label={t('editSegment', { n })}
          onClick={(e) => {
            e.stopPropagation();
            onActivate(id);
          }}
        >
          {n}
        </button>
        {selection && (
          <input
            type="checkbox"
            className="seg-select"
            aria-label={tb('selectSegment', { n })}
            checked={selected}
            onChange={() => {}}
            onClick={(e) => {
              e.stopPropagation();
              selection.click(id, e.shiftKey);
            }}
          />
        )}
      </div>
      <div className="seg-source" lang="en" data-side="source">
        <RichText
          doc={highlighted(s.source, annotationSpansOf(overlay, 'source', s.sourceText, labels))}
          decorations={sourceDecorations}
          annotations
        />
      </div>
      <div className="seg-target" lang="ko" data-side="target">
        {editor ??
          (shown && targetText ? (
            <RichText
              doc={highlighted(shown, annotationSpansOf(overlay, 'target', targetText, labels))}
              decorations={targetDecorations}
              annotations
            />
          ) : (
            <span className="muted placeholder">{t('emptyTarget')}</span>
          ))}
      </div>
      <div className="seg-meta">
        {s.doNotTranslate ? (
          <span className="badge">{t('doNotTranslate')}</span>
        ) : (
          <span className={`badge s-${s.state}`} data-testid="state">
            {ts(s.state)}
          </span>
        )}
        {entry.pending && (
          <span className="badge unsaved" title={t('unsavedHint')}>
            {t('unsaved')}
          </span>
        )}
        {entry.conflict && <span className="badge conflict">{t('conflict')}</span>}
        {s.origin && <span className="muted origin">{to(s.origin)}</span>}
        <span className="muted words">{t('words', { en: entry.sourceWords, ko: countEojeol(targetText) })}</span>
        {others && (
          <span className="presence-here" title={t('alsoHere')}>
            ● {others}
          </span>
        )}
        {entry.error && (
          <span className="error small" role="alert">
            {entry.error}
          </span>
        )}
        {/* TODO(qa, review): QA warnings and open annotations render here as badges, and their filters join the filter bar. */}
      </div>
    </div>
  );
});
