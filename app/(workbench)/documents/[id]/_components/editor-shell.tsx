'use client';
// The editor around a loaded store: the toolbar, bulk review, the rows with the one mounted
// editor, the side panel, announcements and dialogs. The behaviour lives in hooks: which rows
// (use-row-filter), opening a row (use-activate), the editor's actions (use-editor-actions), keys
// outside the editor (use-shell-keys, use-issue-keys), the store's wiring (use-store-wiring).
import { useCallback } from 'react';
import { TooltipProvider } from '@/app/_components/ui';
import { ActiveEditor } from './active-editor';
import { Announcer } from './announcer';
import { BulkReviewBar } from './bulk-review-bar';
import { EditorBody } from './editor-body';
import { EditorToolbar } from './editor-toolbar';
import { panelProps } from './panel-props';
import { ShellDialogs } from './shell-dialogs';
import { useEditorShell, type EditorShellProps } from './use-editor-shell';

export function EditorShell(props: EditorShellProps) {
  const { store, terms, documentId, userId, role } = props;
  const shell = useEditorShell(props);
  const { t, reviewMode, setReviewMode, activeId, helpOpen, setHelpOpen, panelOpen, togglePanel, replaceOpen, setReplaceOpen } = shell;
  const { announcement, setAnnouncement, openHelp, listRef, inserters, users, othersOn, concordance, overlays, rows, activate } = shell;
  const { selection, matcher, hits, suggestions, actions, registerInsert, onActivate, jump, othersHere } = shell;
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
