'use client';
// The editor around a loaded store: the toolbar, bulk review, the rows with the one mounted
// editor, the side panel, announcements and dialogs. The behaviour lives in hooks: which rows
// (use-row-filter), opening a row (use-activate), the editor's actions (use-editor-actions), keys
// outside the editor (use-shell-keys, use-issue-keys), the store's wiring (use-store-wiring).
import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { TooltipProvider } from '@/app/_components/ui';
import { ActiveEditor } from './active-editor';
import { Announcer } from './announcer';
import { BulkReviewBar } from './bulk-review-bar';
import { useConcordance } from './concordance-dialog';
import { EditorBody } from './editor-body';
import type { Inserters } from './editor-inserters';
import type { EditorStore } from './editor-store';
import { EditorToolbar } from './editor-toolbar';
import { RowOverlays } from './row-overlays';
import { panelProps } from './panel-props';
import type { SegmentListHandle } from './segment-list';
import { RowSelection } from './selection';
import { ShellDialogs } from './shell-dialogs';
import { useSidePanelOpen } from './side-panel-toggle';
import type { EditorTerm } from './types';
import { useActivate, useActiveInView } from './use-activate';
import { useEditorActions } from './use-editor-actions';
import { useIssueKeys } from './use-issue-keys';
import { useJump } from './use-jump';
import { usePresence } from './use-presence';
import { useReviewMode } from './use-review-mode';
import { useRowFilter } from './use-row-filter';
import { useShellKeys } from './use-shell-keys';
import { useActiveId } from './use-store';
import { useStoreWiring } from './use-store-wiring';
import { useSuggestions } from './use-suggestions';
import { useTermHits } from './use-term-hits';

type Role = 'OWNER' | 'TRANSLATOR' | 'REVIEWER';

export function EditorShell(props: {
  store: EditorStore;
  terms: EditorTerm[];
  documentId: string;
  projectId?: string;
  userId: string;
  role: Role;
  toolbarExtra?: ReactNode;
  onTermPicked: (id: string, target: string) => void;
}) {
  const { store, terms, documentId, userId, role } = props;
  const t = useTranslations('editor');
  const tr = useTranslations('editorReview');
  const [reviewMode, setReviewMode] = useReviewMode(userId, role);
  const activeId = useActiveId(store);
  const [helpOpen, setHelpOpen] = useState(false);
  const [panelOpen, togglePanel] = useSidePanelOpen();
  const [replaceOpen, setReplaceOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((m: string) => setAnnouncement(m), []);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const listRef = useRef<SegmentListHandle>(null);
  const inserters = useRef<Inserters | null>(null);
  const { users, othersOn } = usePresence(store, documentId, activeId, userId);
  const concordance = useConcordance(props.projectId, (text) => inserters.current?.insertText(text));
  // QA underlines, annotation and note highlights of the rows (reloaded with the flags).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- one overlay store per segment store
  const overlays = useMemo(() => new RowOverlays(), [store]);
  const rows = useRowFilter(store, overlays, documentId);
  const { activate, idsRef } = useActivate(store, rows.ids, listRef);
  // Rows ticked for bulk review; ranges follow the rows as filtered.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a fresh selection for a new segment store
  const selection = useMemo(() => (role === 'TRANSLATOR' ? undefined : new RowSelection()), [role, store]);
  selection?.setOrder(rows.ids);
  useActiveInView(store, activate, rows.total, idsRef, listRef);
  const { matcher, hits } = useTermHits(store, terms, activeId);
  const suggestions = useSuggestions(activeId);
  const { actions, confirmMove } = useEditorActions({ store, overlays, idsRef, activate, reviewMode, announce, openHelp });
  useIssueKeys({
    overlays,
    idsRef,
    activeId: useCallback(() => store.activeId, [store]),
    activate,
    onNone: useCallback(() => announce(tr('noIssues')), [announce, tr]),
  });
  useShellKeys(actions);
  useStoreWiring(store, activate, announce, confirmMove);

  const registerInsert = useCallback((fns: Inserters | null) => void (inserters.current = fns), []);
  const renderEditor = useCallback(
    (id: string) => (
      <ActiveEditor
        key={id}
        store={store}
        overlays={overlays}
        id={id}
        hits={hits}
        suggestions={suggestions}
        actions={actions}
        registerInsert={registerInsert}
      />
    ),
    [store, overlays, hits, actions, registerInsert, suggestions],
  );
  const onActivate = useCallback((id: string) => activate(id, { scroll: false }), [activate]);
  const jump = useJump({ store, documentId, idsRef, setFilters: rows.setFilters, activate, announce });
  const othersHere = activeId ? users.filter((u) => u.segmentId === activeId) : [];

  return (
    <TooltipProvider>
      <div className="editor-shell">
        <EditorToolbar
          store={store}
          qaCounts={rows.flags.counts}
          filters={rows.filters}
          onFilters={rows.setFilters}
          shown={rows.ids.length}
          filterError={rows.error}
          onJump={jump}
          onReplace={() => setReplaceOpen(true)}
          onHelp={openHelp}
          extra={props.toolbarExtra}
          reviewMode={role === 'TRANSLATOR' ? undefined : { on: reviewMode, set: setReviewMode }}
          people={[...new Set(users.map((u) => u.name))]}
          panelOpen={panelOpen}
          onTogglePanel={togglePanel}
        />
        {selection && (
          <BulkReviewBar
            store={store}
            selection={selection}
            documentId={documentId}
            shown={rows.ids.length}
            onOpen={(id) => activate(id)}
          />
        )}
        {othersHere.length > 0 && (
          <p className="warning" role="alert" data-testid="same-segment-warning">
            {t('sameSegment', { names: othersHere.map((u) => u.name).join(', ') })}
          </p>
        )}
        <EditorBody
          store={store}
          overlays={overlays}
          listRef={listRef}
          ids={rows.ids}
          activeId={activeId}
          filters={rows.filters}
          matcher={matcher}
          terms={terms}
          onActivate={onActivate}
          renderEditor={renderEditor}
          othersOn={othersOn}
          selection={selection}
          panelOpen={panelOpen}
          panel={panelProps(store, inserters, actions, {
            ...{ hits, suggestions, role, userId, reviewMode },
            onConcordance: concordance.open,
            onTermPicked: props.onTermPicked,
          })}
        />
        <Announcer message={announcement} onDone={() => setAnnouncement('')} />
        <ShellDialogs
          store={store}
          documentId={documentId}
          terms={terms}
          role={role}
          helpOpen={helpOpen}
          onHelpClose={() => setHelpOpen(false)}
          replaceOpen={replaceOpen}
          onReplaceClose={() => setReplaceOpen(false)}
          concordance={concordance.dialog}
          activate={activate}
        />
      </div>
    </TooltipProvider>
  );
}
