import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import Link from 'next/link';
import { preload } from 'react-dom';
import { urlOf } from '@/app/_components/api-client/client';
import { orNotFound } from '@/app/_components/or-not-found';
import { ToolbarPopover } from '@/app/_components/toolbar-popover';
import { requireUser } from '@/lib/server/auth/current-user';
import { getDocument } from '@/lib/server/documents/get-document';
import { editorFirstScreen } from '@/lib/server/documents/list-editor-segments';
import { TranslationEditor } from './_components/translation-editor';
import { PretranslatePanel } from './_components/pretranslate-panel';

// The side-by-side editor. The page sends the document's header and its first screen of rows
// (a short document whole; a long one, the rows around the segment the editor opens on, in the
// compact format), server-rendered with the active segment's target as a plain editable element that
// is focused as soon as it is parsed (first-screen.tsx) and handed to TipTap when it mounts; the whole list comes from
// GET /api/v1/documents/:id/segments as compact JSON, so a 10,000-paragraph document is not
// server-rendered as HTML.
export default async function DocumentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ s?: string | string[] }>;
}) {
  const [{ id }, { s }] = await Promise.all([params, searchParams]);
  const user = await requireUser();
  const wanted = typeof s === 'string' && /^\d{1,7}$/.test(s) ? Number(s) : null;
  // The document and its first screen side by side (each checks access: either 404s the same way).
  const [document, firstScreen, t, te, tl, nonce] = await Promise.all([
    orNotFound(getDocument(user, id)),
    orNotFound(editorFirstScreen(user, id, wanted)),
    getTranslations('app'),
    getTranslations('editor'),
    getTranslations('editorLinks'),
    headers().then((h) => h.get('x-nonce') ?? undefined),
  ]);
  const canPretranslate = document.role === 'OWNER' || document.role === 'TRANSLATOR';
  // Start downloading the rest while the editor's JavaScript loads (the client's fetch reuses it).
  if (!firstScreen.complete)
    preload(urlOf('listSegments', { id: document.id }, { format: 'compact' }), { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <div className="document-page">
      <div className="doc-title-row">
        <p className="muted">
          <Link href={`/projects/${document.projectId}`}>← {t('back')}</Link>
        </p>
        <h1 lang="en">{document.title}</h1>
        <nav className="row small doc-links" aria-label={document.title}>
          {canPretranslate && <Link href={`/documents/${document.id}/align`}>{tl('importTranslation')}</Link>}
          <Link href={`/projects/${document.projectId}/glossary`}>{tl('glossary')}</Link>
          <Link href={`/documents/${document.id}/quality`}>{tl('quality')}</Link>
          {document.role === 'OWNER' && <Link href={`/documents/${document.id}/publish`}>{tl('publish')}</Link>}
        </nav>
      </div>
      <TranslationEditor
        documentId={document.id}
        firstScreen={firstScreen}
        nonce={nonce}
        projectId={document.projectId}
        userId={user.id}
        role={document.role as 'OWNER' | 'TRANSLATOR' | 'REVIEWER'}
        // Changes when a server-side job (pre-translation) moved segments; the editor then re-reads them.
        refreshKey={JSON.stringify(document.progress)}
        toolbarExtra={
          canPretranslate && (
            <ToolbarPopover
              summary={te('pretranslate')}
              testId="pretranslate-popover"
              command={{ documentId: document.id, name: 'pretranslate' }}
            >
              <PretranslatePanel documentId={document.id} canRun />
            </ToolbarPopover>
          )
        }
      />
    </div>
  );
}
