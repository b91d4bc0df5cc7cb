// The project page's documents tab (a server component): each document with its progress, links to
// its alignment (for those who may pre-translate) and publishing, and the new-document form for
// those who may create one.
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ProgressBar } from '@/app/_components/progress-bar';
import { can } from '@/lib/server/policies';
import type { TProjectDetail } from '@/lib/server/projects/get-project';
import { NewDocumentForm } from './new-document-form';

export async function DocumentList({ project }: { project: TProjectDetail }) {
  const [t, tPublish, tAlign] = await Promise.all([getTranslations('project'), getTranslations('publish'), getTranslations('align')]);
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">{t('documents')}</h2>
      {project.documents.length === 0 ? (
        <p className="muted">{t('noDocuments')}</p>
      ) : (
        <ul className="list doc-list">
          {project.documents.map((d) => {
            const done = t('progress', { done: d.progress.TRANSLATED + d.progress.APPROVED, total: d.progress.total });
            return (
              <li key={d.id} className="doc-item">
                <div className="doc-main">
                  <Link href={`/documents/${d.id}`} className="doc-title">
                    <strong lang={project.sourceLang}>{d.title}</strong>
                  </Link>
                  <div className="muted">
                    {t('segments', { count: d.segmentCount })} · {done}
                  </div>
                </div>
                <ProgressBar progress={d.progress} label={done} />
                <div className="doc-links">
                  {can(project.role, 'segment.pretranslate') && <Link href={`/documents/${d.id}/align`}>{tAlign('title')}</Link>}
                  <Link href={`/documents/${d.id}/publish`}>{tPublish('link')}</Link>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {can(project.role, 'document.create') && <NewDocumentForm projectId={project.id} />}
    </section>
  );
}
