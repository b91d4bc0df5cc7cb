'use client';
// The side-by-side translation editor: loads the document's segments as compact JSON from the API
// (the page itself stays small), keeps them in an EditorStore, and wires the list, the active
// editor, the side panel, filters, shortcuts, conflicts, presence and the save indicator.
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { expandSegment, type CompactSegment, type EditorFirstScreen } from '@/lib/editor/compact-segment';
import { createMentionMatcher, type MentionMatcher } from '@/lib/names/mentions';
import { ApiError } from '@/app/_components/api';
import { useErrorText } from '@/app/_components/use-error-text';
import { ActiveEditor, type EditorActions } from './active-editor';
import { BulkReviewBar } from './bulk-review-bar';
import { afterConfirmAnswer, knownBlockingIssues, type ConfirmMove } from './confirm-gate';
import { ConflictDialog } from './conflict-dialog';
import { EditorStore } from './editor-store';
import { FilterBar } from './filter-bar';
import { filterIds, NO_FILTERS, type Filters } from './filters';
import { ProgressHeader } from './progress-header';
import { ReplaceDialog } from './replace-dialog';
import { SaveIndicator } from './save-indicator';
import { SearchHighlightProvider } from './search-highlight';
import { SegmentList, type SegmentListHandle } from './segment-list';
import { ShortcutsDialog } from './shortcuts-dialog';
import { TermPopover } from './term-popover';
import { useConcordance } from './concordance-dialog';
import { QaSummary } from './qa-summary';
import { RowOverlays, useLocalOverlayRevision } from './row-overlays';
import { SidePanel } from './side-panel';
import { SIDE_PANEL_ID, SidePanelToggle, useSidePanelOpen } from './side-panel-toggle';
import { useSuggestions } from './use-suggestions';
import { useSegmentFlags } from './use-flags';
import { RowSelection } from './selection';
import type { EditorTerm, SegmentDto } from './types';
import { useActiveId, useStoreRevision } from './use-store';
import { usePresence } from './use-presence';
import { useIssueKeys } from './use-issue-keys';
import { useReviewMode } from './use-review-mode';

type Role = 'OWNER' | 'TRANSLATOR' | 'REVIEWER';

interface Props {
  documentId: string;
  /** The page's first screen of rows (the whole document when short); the rest is fetched. */
  firstScreen?: EditorFirstScreen;
  /** The document's project: the concordance (Ctrl+K) searches its translation memory. */
  projectId?: string;
  userId: string;
  /** The user's role in the project: reviewers get the decision bar and review mode. */
  role?: Role;
  /** Toolbar items from other features (pre-translate). */
  toolbarExtra?: ReactNode;
  /** When this changes (after a server-side job), segments are re-read and newer versions applied. */
  refreshKey?: string;
}

/** Every segment of the document, in the compact wire format (a third of the full JSON), expanded. */
async function loadSegments(documentId: string): Promise<SegmentDto[]> {
  const r = await fetch(`/api/v1/documents/${documentId}/segments?format=compact`);
  if (!r.ok) throw ApiError.of(r.status, await r.json().catch(() => null));
  const { segments } = (await r.json()) as { segments: CompactSegment[] };
  return expandAll(documentId, segments);
}
const expandAll = (documentId: string, segments: CompactSegment[]) =>
  segments.map((c) => ({ ...expandSegment(c), documentId, updatedAt: '' }) as SegmentDto);

/**
 * The store opened on the URL's segment (?s=N or #sN), else `opening` (the page's pick: the first
 * still to translate), else the first still to translate here, else the first. Null when the store
 * is only the page's first screen and the segment to open is not in it (the whole list decides).
 */
function openStore(documentId: string, segments: SegmentDto[], whole: boolean, opening: string | null): EditorStore | null {
  const s = new EditorStore(documentId, segments);
  const wanted = Number(new URLSearchParams(window.location.search).get('s') ?? window.location.hash.match(/^#s(\d+)$/)?.[1] ?? '');
  const first =
    (wanted > 0 ? s.order.find((id) => s.get(id)!.server.position === wanted - 1) : opening && s.get(opening) ? opening : null) ||
    (whole
      ? s.order.find((id) => {
          const x = s.get(id)!.server;
          return !x.doNotTranslate && x.state !== 'TRANSLATED' && x.state !== 'APPROVED';
        }) ||
        s.order[0] ||
        null
      : null);
  if (!whole && !first) return null;
  s.setActive(first);
  s.restore();
  return s;
}

export function TranslationEditor({ documentId, firstScreen, projectId, userId, role = 'TRANSLATOR', toolbarExtra, refreshKey }: Props) {
  const t = useTranslations('editor');
  const [store, setStore] = useState<EditorStore | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [terms, setTerms] = useState<EditorTerm[]>([]);
  const errorText = useErrorText();
  const early = useRef<EditorStore | null>(null);

  // The page's first screen: the editor opens during hydration, before the whole list has arrived
  // (a layout effect: the server renders the loading line, the browser never paints it).
  useLayoutEffect(() => {
    if (!firstScreen) return;
    const s = openStore(documentId, expandAll(documentId, firstScreen.segments), firstScreen.complete, firstScreen.activeId);
    if (!s) return;
    early.current = s;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- opening before the first paint is the point
    setStore(s);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentId]);

  useEffect(() => {
    let stop = false;
    // The whole list, also after a whole first screen: a page restored from the router's cache
    // (back, forward) may hold older rows. It joins the store the editor is already typing in
    // (newer versions apply); else the store opens now.
    loadSegments(documentId)
      .then((segments) => {
        if (stop) return;
        if (early.current) early.current.extend(segments);
        else setStore(openStore(documentId, segments, true, null));
      })
      .catch((err) => !stop && setLoadError(errorText(err)));
    fetch(`/api/v1/documents/${documentId}/terms`)
      .then((r) => (r.ok ? r.json() : { terms: [] }))
      .then((d) => !stop && setTerms(d.terms))
      .catch(() => {});
    return () => {
      stop = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentId]);

  const firstKey = useRef(refreshKey);
  useEffect(() => {
    if (!store || refreshKey === firstKey.current) return;
    firstKey.current = refreshKey;
    loadSegments(documentId)
      .then((segs) => store.applySaved(segs))
      .catch(() => {});
  }, [store, refreshKey, documentId]);

  if (loadError)
    return (
      <p className="error" role="alert">
        {loadError}
      </p>
    );
  if (!store)
    return (
      <p className="muted" aria-busy="true">
        {t('loading')}
      </p>
    );
  return (
    <EditorShell
      store={store}
      terms={terms}
      documentId={documentId}
      projectId={projectId}
      userId={userId}
      role={role}
      toolbarExtra={toolbarExtra}
      onTermPicked={(id, target) => setTerms((ts) => ts.map((x) => (x.id === id ? { ...x, target, status: 'CONFIRMED' } : x)))}
    />
  );
}

function EditorShell({
  store,
  terms,
  documentId,
  projectId,
  userId,
  role,
  toolbarExtra,
  onTermPicked,
}: {
  store: EditorStore;
  terms: EditorTerm[];
  documentId: string;
  projectId?: string;
  userId: string;
  role: Role;
  toolbarExtra?: ReactNode;
  onTermPicked: (id: string, target: string) => void;
}) {
  const t = useTranslations('editor');
  const tr = useTranslations('editorReview');
  // Review mode: Ctrl/⌘+Enter approves (the decision bar) instead of confirming the translation.
  const [reviewMode, setReviewMode] = useReviewMode(userId, role);
  const reviewModeRef = useRef(reviewMode);
  reviewModeRef.current = reviewMode;
  const activeId = useActiveId(store);
  const revision = useStoreRevision(store);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [helpOpen, setHelpOpen] = useState(false);
  const [panelOpen, togglePanel] = useSidePanelOpen();
  const [replaceOpen, setReplaceOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<SegmentListHandle>(null);
  const inserters = useRef<{
    insertTerm: (i: number) => void;
    insertSuggestion: (i: number) => void;
    copySource: () => void;
    insertText: (text: string) => void;
    replaceWord: (word: string, near: number, replacement: string) => boolean;
  } | null>(null);
  const { users, othersOn } = usePresence(store, documentId, activeId, userId);
  const concordance = useConcordance(projectId, (text) => inserters.current?.insertText(text));
  // QA underlines and annotation highlights of the rows (reloaded with the flags).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- one overlay store per segment store
  const overlays = useMemo(() => new RowOverlays(), [store]);
  const localOverlayRevision = useLocalOverlayRevision(overlays);

  const flags = useSegmentFlags(documentId, revision + localOverlayRevision, useLocale(), overlays);
  // The store's revision matters only while a filter reads the text or the state; its length when the
  // whole list joins the page's first screen.
  const filterRevision = filters.state !== 'all' || filters.origin !== 'all' || filters.query ? revision : 0;
  const total = store.order.length;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- filterRevision re-runs the filter after edits
  const { ids, error: filterError } = useMemo(() => filterIds(store, filters, flags), [store, filters, flags, filterRevision, total]);
  const matcher: MentionMatcher | null = useMemo(() => (terms.length ? createMentionMatcher(terms) : null), [terms]);

  const activate = useCallback(
    (id: string | null, opts: { scroll?: boolean } = {}) => {
      // Synchronous: the next row's editor is mounted and focused before the next keystroke arrives.
      if (id !== store.activeId) flushSync(() => store.setActive(id));
      if (!id) return;
      const url = new URL(window.location.href);
      url.searchParams.set('s', String(store.get(id)!.server.position + 1));
      url.hash = '';
      window.history.replaceState(window.history.state, '', url);
      if (opts.scroll !== false) {
        const i = idsRef.current.indexOf(id);
        if (i >= 0) requestAnimationFrame(() => listRef.current?.scrollToIndex(i));
      }
    },
    [store],
  );
  const idsRef = useRef(ids);
  idsRef.current = ids;
  // Rows ticked for bulk review; ranges follow the rows as filtered.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a fresh selection for a new segment store
  const selection = useMemo(() => (role === 'TRANSLATOR' ? undefined : new RowSelection()), [role, store]);
  selection?.setOrder(ids);

  // Put the URL's segment in view once on load, and again when the whole list has joined the first screen.
  useEffect(() => {
    if (activeId) activate(activeId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const shownTotal = useRef(total);
  useLayoutEffect(() => {
    if (shownTotal.current === total) return;
    shownTotal.current = total;
    const i = store.activeId ? idsRef.current.indexOf(store.activeId) : -1;
    if (i >= 0) listRef.current?.scrollToIndex(i);
  }, [total, store]);

  const hits = useMemo(() => {
    if (!activeId || !matcher) return [];
    const seen: EditorTerm[] = [];
    for (const m of matcher.find(store.get(activeId)!.server.sourceText)) {
      const term = terms[m.termIndex]!;
      if (!seen.includes(term)) seen.push(term);
    }
    return seen;
  }, [activeId, matcher, terms, store]);

  const announce = useCallback((m: string) => setAnnouncement(m), []);
  const suggestions = useSuggestions(activeId);
  const tq = useTranslations('editorQa');
  const errorText = useErrorText();
  // The confirmation waiting for its answer (confirm-gate.ts).
  const confirmMove = useRef<ConfirmMove | null>(null);

  const actions: EditorActions = useMemo(
    () => ({
      confirm: (nextUnconfirmed) => {
        if (reviewModeRef.current) return; // the decision bar approves instead
        const id = store.activeId;
        if (!id) return;
        const doc = store.displayed(id);
        // QA errors already known on the saved text: the answer is awaited here, the focus stays.
        const known = knownBlockingIssues(store.get(id)!, overlays.get(id));
        if (!doc || !store.confirm(id, doc)) {
          announce(t('cannotConfirmEmpty'));
          return;
        }
        const list = idsRef.current;
        const i = list.indexOf(id);
        let next: string | undefined;
        if (nextUnconfirmed) {
          next = list.slice(i + 1).find((x) => {
            const s = store.get(x)!.server;
            return !s.doNotTranslate && s.state !== 'TRANSLATED' && s.state !== 'APPROVED';
          });
          if (!next && known.length === 0) announce(t('allConfirmed'));
        } else next = list[i + 1];
        confirmMove.current = { from: id, next: next ?? null, waiting: known.length > 0 };
        if (next && known.length === 0) activate(next);
      },
      move: (delta) => {
        const list = idsRef.current;
        const i = store.activeId ? list.indexOf(store.activeId) : -1;
        const next = list[Math.max(0, Math.min(list.length - 1, i + delta))];
        if (next) activate(next);
      },
      openHelp: () => setHelpOpen(true),
      announce,
    }),
    [store, activate, announce, t, overlays],
  );

  // Alt+↓/↑: the next/previous segment with an open comment or a QA issue (use-issue-keys.ts).
  useIssueKeys({
    overlays,
    idsRef,
    activeId: useCallback(() => store.activeId, [store]),
    activate,
    onNone: useCallback(() => announce(tr('noIssues')), [announce, tr]),
  });

  // Shortcuts when the focus is outside the editor (the editor's keymap handles them inside).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyH') {
        e.preventDefault();
        setHelpOpen(true);
      } else if (
        (e.ctrlKey || e.metaKey) &&
        (e.key === 'ArrowDown' || e.key === 'ArrowUp') &&
        !(e.target as HTMLElement)?.closest?.('input, select, textarea')
      ) {
        e.preventDefault();
        actions.move(e.key === 'ArrowDown' ? 1 : -1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);

  // Online/offline: replay the queue as soon as the browser is back.
  useEffect(() => {
    const on = () => store.reconnect();
    const off = () => store.setOffline();
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    if (!navigator.onLine) store.setOffline();
    const beforeUnload = () => store.flushAll();
    window.addEventListener('pagehide', beforeUnload);
    store.onError = announce;
    store.describeError = (status, body) => errorText(ApiError.of(status, body));
    store.onConfirmAnswer = (id, refusedBy) => {
      const move = confirmMove.current;
      if (!move || move.from !== id) return;
      confirmMove.current = null;
      const active = store.activeId;
      const to = afterConfirmAnswer(move, refusedBy !== null, active, active ? store.get(active)!.pending !== null : false);
      if (to) activate(to);
      // Said inline under the editor (role="alert") when the focus is on the refused segment; else here.
      if (refusedBy && (to ?? active) !== id) announce(tq('refusedAt', { n: store.get(id)!.server.position + 1, count: refusedBy.length }));
    };
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
      window.removeEventListener('pagehide', beforeUnload);
    };
  }, [store, announce, activate, tq, errorText]);

  const registerInsert = useCallback((fns: typeof inserters.current) => {
    inserters.current = fns;
  }, []);
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

  const jump = (n: number) => {
    const id = store.order[n - 1];
    if (!id) return announce(t('noSuchSegment', { n }));
    if (!idsRef.current.includes(id)) setFilters(NO_FILTERS);
    store.setActive(id);
    setTimeout(() => activate(id), 0);
  };

  const conflictId = store.conflicts()[0];
  const othersHere = activeId ? users.filter((u) => u.segmentId === activeId) : [];

  return (
    <div className="editor-shell">
      <div className="editor-toolbar">
        <div className="editor-top">
          <ProgressHeader store={store} />
          <QaSummary counts={flags.counts} />
          {role !== 'TRANSLATOR' && (
            <label className="row small review-mode">
              <input type="checkbox" checked={reviewMode} onChange={(e) => setReviewMode(e.target.checked)} /> {tr('reviewMode')}
            </label>
          )}
          <SaveIndicator store={store} />
          <SidePanelToggle open={panelOpen} onToggle={togglePanel} />
          {users.length > 0 && (
            <span className="presence" data-testid="presence">
              {t('presence', { names: [...new Set(users.map((u) => u.name))].join(', ') })}
            </span>
          )}
        </div>
        <FilterBar
          filters={filters}
          onChange={setFilters}
          shown={ids.length}
          total={store.order.length}
          error={filterError}
          onJump={jump}
          onReplace={() => setReplaceOpen(true)}
          onHelp={() => setHelpOpen(true)}
          extra={toolbarExtra}
        />
      </div>
      {selection && (
        <BulkReviewBar store={store} selection={selection} documentId={documentId} shown={ids.length} onOpen={(id) => activate(id)} />
      )}
      {othersHere.length > 0 && (
        <p className="warning" role="alert" data-testid="same-segment-warning">
          {t('sameSegment', { names: othersHere.map((u) => u.name).join(', ') })}
        </p>
      )}
      <div className={`editor-body${panelOpen ? '' : ' panel-closed'}`}>
        <SearchHighlightProvider filters={filters}>
          <SegmentList
            ref={listRef}
            store={store}
            overlays={overlays}
            ids={ids}
            activeId={activeId}
            matcher={matcher}
            terms={terms}
            onActivate={onActivate}
            renderEditor={renderEditor}
            othersOn={othersOn}
            selection={selection}
          />
        </SearchHighlightProvider>
        {activeId && (
          <div className="side-panel-wrap" id={SIDE_PANEL_ID} hidden={!panelOpen}>
            <SidePanel
              store={store}
              overlays={overlays}
              activeId={activeId}
              hits={hits}
              suggestions={suggestions}
              onInsertTerm={(i) => inserters.current?.insertTerm(i)}
              onInsertSuggestion={(i) => inserters.current?.insertSuggestion(i)}
              onReplaceWord={(word, near, replacement) => inserters.current?.replaceWord(word, near, replacement) ?? false}
              onConcordance={concordance.open}
              role={role}
              userId={userId}
              reviewMode={reviewMode}
              onServerSegment={(seg) => store.applyRemote(seg)}
              onTermPicked={onTermPicked}
              onDecided={(seg, stay) => {
                store.applyRemote(seg);
                if (!stay) actions.move(1);
              }}
            />
          </div>
        )}
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {announcement && (
        <p className="toast" aria-hidden="true" onAnimationEnd={() => setAnnouncement('')}>
          {announcement}
        </p>
      )}
      <TermPopover terms={terms} />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} role={role} />
      {concordance.dialog}
      <ReplaceDialog
        documentId={documentId}
        open={replaceOpen}
        onClose={() => setReplaceOpen(false)}
        onApplied={(segs) => store.applySaved(segs)}
      />
      {conflictId && <ConflictDialog key={conflictId} store={store} id={conflictId} onMerged={(id) => activate(id)} />}
    </div>
  );
}
