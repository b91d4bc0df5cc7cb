'use client';
// The active segment's side panel: for reviewers and owners the decision on top, then tabs —
// suggestions (TM, MT, concordance), glossary hits, revision history, QA, comments and reader
// notes — and the owner's "do not translate". Inactive tabs stay mounted (forms keep their text,
// shortcuts keep working). Collapsible as a whole (side-panel-toggle.tsx, Alt+B).
import { useTranslations } from 'next-intl';
import { Tabs } from '@/app/_components/ui';
import './editor.css';
import { DecisionSection } from './decision-section';
import { DntToggle } from './dnt-toggle';
import type { EditorStore } from './editor-store';
import { useRowOverlay, type RowOverlays } from './row-overlays';
import { panelTabs } from './side-panel-tabs';
import type { EditorTerm, SegmentDto, Suggestion } from './types';
import { usePanelTab, type PanelTab } from './use-panel-tab';
import { useSegmentEntry } from './use-store';

export interface SidePanelProps {
  store: EditorStore;
  overlays: RowOverlays;
  activeId: string;
  hits: EditorTerm[];
  suggestions: Suggestion[];
  onInsertTerm: (i: number) => void;
  onInsertSuggestion: (i: number) => void;
  /** A spelling suggestion clicked in the QA section: replaces the word in the active editor. */
  onReplaceWord?: (word: string, near: number, replacement: string) => boolean;
  /** Opens the concordance search (Ctrl+K) with the selected text. */
  onConcordance?: () => void;
  role: 'OWNER' | 'TRANSLATOR' | 'REVIEWER';
  userId: string;
  reviewMode: boolean;
  /** A segment the server returned (a decision, an override, a flag): put it in the store. */
  onServerSegment: (segment: SegmentDto) => void;
  /** After an approval or rejection without "stay": go on to the next segment. */
  onDecided: (segment: SegmentDto, stay: boolean) => void;
  /** The owner picked the Korean form of a name not vetted yet. */
  onTermPicked?: (termId: string, target: string) => void;
}

export function SidePanel(props: SidePanelProps) {
  const { store, overlays, activeId, role } = props;
  const t = useTranslations('editor');
  const tq = useTranslations('editorQa');
  const tr = useTranslations('editorReview');
  const entry = useSegmentEntry(store, activeId);
  const overlay = useRowOverlay(overlays, activeId);
  const [tab, setTab] = usePanelTab(overlays, activeId);
  if (!entry) return null;
  const segment = entry.server;
  const tabs = panelTabs({ props, segment, overlay, setTab, t, tq, tr });
  return (
    <aside className="side-panel" aria-label={t('sidePanel', { n: segment.position + 1 })}>
      {role !== 'TRANSLATOR' && <DecisionSection segment={segment} role={role} reviewMode={props.reviewMode} onDecided={props.onDecided} />}
      <Tabs
        keepMounted
        className="panel-tabs"
        label={t('panelTabs')}
        tabs={tabs}
        value={tab}
        onValueChange={(v) => setTab(v as PanelTab)}
      />
      {role === 'OWNER' && <DntToggle segment={segment} onSaved={props.onServerSegment} />}
    </aside>
  );
}
