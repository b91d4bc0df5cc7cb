'use client';
// The side-by-side translation editor: loads the document's segments as compact JSON from the API
// (the page itself stays small), keeps them in an EditorStore, and wires the list, the active
// editor, the side panel, filters, shortcuts, conflicts, presence and the save indicator. Until the
// store opens, the page's first screen is shown with a plain editor typed in already (first-screen.tsx).
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { EditorFirstScreen } from '@/lib/editor/compact-segment';
import { EditorShell } from './editor-shell';
import { FirstScreen } from './first-screen';
import { useEditorLoader } from './use-editor-loader';

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
  /** The page's CSP nonce, for the first screen's focus script. */
  nonce?: string;
}

export function TranslationEditor(props: Props) {
  const { documentId, firstScreen, projectId, userId, role = 'TRANSLATOR', toolbarExtra, refreshKey, nonce } = props;
  const t = useTranslations('editor');
  const { store, loadError, terms, setTerms } = useEditorLoader(documentId, firstScreen, refreshKey);

  if (loadError)
    return (
      <p className="error" role="alert">
        {loadError}
      </p>
    );
  // Server-rendered, and shown until the store opens: the first screen, typed in already.
  if (!store && firstScreen?.activeId)
    return (
      <FirstScreen
        documentId={documentId}
        firstScreen={firstScreen}
        bulk={role !== 'TRANSLATOR'}
        pretranslate={!!toolbarExtra}
        nonce={nonce}
      />
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
