import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { orNotFound } from '@/app/_components/or-not-found';
import { ProgressBar } from '@/app/_components/progress-bar';
import { requireUser } from '@/lib/server/auth/current-user';
import { can } from '@/lib/server/policies';
import { getProject } from '@/lib/server/projects/get-project';
import { Members } from './_components/members';
import { Invites } from './_components/invites';
import { listInvites } from '@/lib/server/invites/invites';
import { NewDocumentForm } from './_components/new-document-form';
import { ProjectSettings } from './_components/project-settings';
import { getProjectSettings } from '@/lib/server/projects/project-settings';
import { languageName } from '@/lib/ui/language-name';

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const project = await orNotFound(getProject(user, id));
  const t = await getTranslations('project');
  const alignLabel = (await getTranslations('align'))('title');
  const tPublish = await getTranslations('publish');
  return (
    <>
      <p className="muted">
        <Link href="/projects">← {(await getTranslations('app'))('projects')}</Link>
      </p>
      <h1>
        {project.name}{' '}
        <span className="muted">
          ({languageName(project.sourceLang, await getLocale())} → {languageName(project.targetLang, await getLocale())})
        </span>
      </h1>
      <p>
        <Link href={`/projects/${project.id}/dashboard`}>{(await getTranslations('dashboard'))('link')}</Link>
        {' · '}
        <Link href={`/projects/${project.id}/glossary`}>{(await getTranslations('glossary'))('title')}</Link>
      </p>
      <h2>{t('documents')}</h2>
      {project.documents.length === 0 ? (
        <p className="muted">{t('noDocuments')}</p>
      ) : (
        <ul className="list">
          {project.documents.map((d) => (
            <li key={d.id} className="row" style={{ justifyContent: 'space-between' }}>
              <div>
                <Link href={`/documents/${d.id}`}>
                  <strong lang="en">{d.title}</strong>
                </Link>
                {can(project.role, 'segment.pretranslate') && (
                  <>
                    {' '}
                    · <Link href={`/documents/${d.id}/align`}>{alignLabel}</Link>
                  </>
                )}
                {' · '}
                <Link href={`/documents/${d.id}/publish`}>{tPublish('link')}</Link>
                <div className="muted">
                  {t('segments', { count: d.segmentCount })} ·{' '}
                  {t('progress', { done: d.progress.TRANSLATED + d.progress.APPROVED, total: d.progress.total })}
                </div>
              </div>
              <ProgressBar
                progress={d.progress}
                label={t('progress', { done: d.progress.TRANSLATED + d.progress.APPROVED, total: d.progress.total })}
              />
            </li>
          ))}
        </ul>
      )}
      {can(project.role, 'document.create') && <NewDocumentForm projectId={project.id} />}
      <h2>{t('members')}</h2>
      <Members projectId={project.id} members={project.members} canManage={can(project.role, 'project.manageMembers')} selfId={user.id} />
      {can(project.role, 'project.manageMembers') && (
        <Invites projectId={project.id} invites={(await listInvites(user, project.id)).invites} />
      )}
      {can(project.role, 'project.update') && (
        <ProjectSettings projectId={project.id} initial={await getProjectSettings(user, project.id)} />
      )}
    </>
  );
}
