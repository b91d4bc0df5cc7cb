'use client';
// The active segment's side panel: for reviewers and owners the decision on top, then tabs —
// suggestions (TM, MT, concordance), glossary hits, revision history, QA, comments and reader
// notes — and the owner's "do not translate". Inactive tabs stay mounted (forms keep their text,
// shortcuts keep working). Collapsible as a whole (side-panel-toggle.tsx, Alt+B).
import { BookA, History, Lightbulb, MessageSquare, ShieldCheck } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Tabs } from '@/app/_components/ui';
import './editor.css';
import { CommentsTab } from './comments-tab';
import { DecisionSection } from './decision-section';
import { DntToggle } from './dnt-toggle';
import type { EditorStore } from './editor-store';
import { GlossaryTab } from './glossary-tab';
import { PanelTabLabel } from './panel-tab-label';
import { QaSection } from './qa-section';
import { useRowOverlay, type RowOverlays } from './row-overlays';
import { RevisionHistory } from './revision-history';
import { SuggestionsTab } from './suggestions-tab';
import type { EditorTerm, SegmentDto, Suggestion } from './types';
import { usePanelTab, type PanelTab } from './use-panel-tab';
import { useSegmentEntry } from './use-store';

interface Props {
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

export function SidePanel(props: Props) {
  const { store, overlays, activeId, role } = props;
  const t = useTranslations('editor');
  const tq = useTranslations('editorQa');
  const tr = useTranslations('editorReview');
  const entry = useSegmentEntry(store, activeId);
  const overlay = useRowOverlay(overlays, activeId);
  const [tab, setTab] = usePanelTab(overlays, activeId);
  if (!entry) return null;
  const segment = entry.server;
  const tabs = [
    {
      value: 'suggestions',
      label: <PanelTabLabel icon={Lightbulb} text={t('suggestions')} count={props.suggestions.length} />,
      content: <SuggestionsTab suggestions={props.suggestions} onInsert={props.onInsertSuggestion} onConcordance={props.onConcordance} />,
    },
    {
      value: 'glossary',
      label: <PanelTabLabel icon={BookA} text={t('glossary')} count={props.hits.length} />,
      content: <GlossaryTab hits={props.hits} canPick={role === 'OWNER'} onInsert={props.onInsertTerm} onTermPicked={props.onTermPicked} />,
    },
    {
      value: 'history',
      label: <PanelTabLabel icon={History} text={t('history')} />,
      content: (
        <section aria-labelledby="sp-history">
          <h2 id="sp-history" className="sr-only">
            {t('history')}
          </h2>
          <RevisionHistory segmentId={activeId} version={segment.version} />
        </section>
      ),
    },
    {
      value: 'qa',
      label: (
        <PanelTabLabel
          icon={ShieldCheck}
          text={tq('title')}
          count={overlay.qa?.version === segment.version ? overlay.qa.issues.length : 0}
        />
      ),
      content: (
        <section aria-labelledby="sp-qa">
          <h2 id="sp-qa" className="sr-only">
            {tq('title')}
          </h2>
          <QaSection
            segment={segment}
            role={role}
            onSaved={props.onServerSegment}
            overlays={overlays}
            onReplaceWord={props.onReplaceWord}
          />
        </section>
      ),
    },
    {
      value: 'comments',
      label: <PanelTabLabel icon={MessageSquare} text={tr('comments')} count={overlay.annotations.length + overlay.notes.length} />,
      content: <CommentsTab segment={segment} overlays={overlays} role={role} userId={props.userId} onWanted={() => setTab('comments')} />,
    },
  ];
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
