// The editor shell's state and behaviour: review mode, dialogs, announcements, presence, the rows
// as filtered, opening a row, the editor's actions, keys outside the editor and the store's wiring.
import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useConcordance } from './concordance-dialog';
import type { Inserters } from './editor-inserters';
import type { EditorStore } from './editor-store';
import { RowOverlays } from './row-overlays';
import type { SegmentListHandle } from './segment-list';
import { RowSelection } from './selection';
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

export type Role = 'OWNER' | 'TRANSLATOR' | 'REVIEWER';

export interface EditorShellProps {
  store: EditorStore;
  terms: EditorTerm[];
  documentId: string;
  projectId?: string;
  userId: string;
  role: Role;
  toolbarExtra?: ReactNode;
  onTermPicked: (id: string, target: string) => void;
}

export function useEditorShell(props: EditorShellProps) {
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
  const onActivate = useCallback((id: string) => activate(id, { scroll: false }), [activate]);
  const jump = useJump({ store, documentId, idsRef, setFilters: rows.setFilters, activate, announce });
  const othersHere = activeId ? users.filter((u) => u.segmentId === activeId) : [];

  return {
    ...{ t, reviewMode, setReviewMode, activeId, helpOpen, setHelpOpen, panelOpen, togglePanel, replaceOpen, setReplaceOpen },
    ...{ announcement, setAnnouncement, openHelp, listRef, inserters, users, othersOn, concordance, overlays, rows, activate },
    ...{ selection, matcher, hits, suggestions, actions, registerInsert, onActivate, jump, othersHere },
  };
}
