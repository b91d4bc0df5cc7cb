'use client';
// The side-by-side translation editor: loads the document's segments as compact JSON from the API
// (the page itself stays small), keeps them in an EditorStore, and wires the list, the active
// editor, the side panel, filters, shortcuts, conflicts, presence and the save indicator.
import { useTranslations } from 'next-intl';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { expandSegment, type CompactSegment, type EditorFirstScreen } from '@/lib/editor/compact-segment';
import { call } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';
import { EditorShell } from './editor-shell';
import { EditorStore } from './editor-store';
import type { EditorTerm, SegmentDto } from './types';

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
  // The same URL as the page's preload (page.tsx), so the browser reuses that response.
  const answer = await call('listSegments', { params: { id: documentId }, query: { format: 'compact' } });
  // format=compact is answered by a Response of its own (compact rows, ETag), so its type is not the registry's.
  const { segments } = answer as unknown as { segments: CompactSegment[] };
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
    call('listDocumentTerms', { params: { id: documentId } })
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
