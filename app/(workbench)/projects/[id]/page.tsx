import { BarChart3, BookA } from 'lucide-react';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { orNotFound } from '@/app/_components/or-not-found';
import { Button } from '@/app/_components/ui';
import { requireUser } from '@/lib/server/auth/current-user';
import { listInvites } from '@/lib/server/invites/invites';
import { can } from '@/lib/server/policies';
import { getProject } from '@/lib/server/projects/get-project';
import { getProjectSettings } from '@/lib/server/projects/project-settings';
import { languageName } from '@/lib/ui/language-name';
import { DocumentList } from './_components/document-list';
import { Invites } from './_components/invites';
import { Members } from './_components/members';
import { MemoryPanel } from './_components/memory-panel';
import { ProjectSettings } from './_components/project-settings';
import { ProjectTabs } from './_components/project-tabs';
import './project-page.css';

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const project = await orNotFound(getProject(user, id));
  const [t, tShell, tDashboard, tGlossary, locale] = await Promise.all([
    getTranslations('project'),
    getTranslations('shell'),
    getTranslations('dashboard'),
    getTranslations('glossary'),
    getLocale(),
  ]);
  const members = (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t('members')}</h2>
      <Members projectId={project.id} members={project.members} canManage={can(project.role, 'project.manageMembers')} selfId={user.id} />
      {can(project.role, 'project.manageMembers') && (
        <Invites projectId={project.id} invites={(await listInvites(user, project.id)).invites} />
      )}
    </section>
  );
  const tabs = [
    { value: 'documents', label: t('documents'), content: <DocumentList project={project} /> },
    { value: 'members', label: t('members'), content: members },
    {
      value: 'memory',
      label: tShell('memory'),
      content: (
        <section aria-labelledby="memory-title">
          <h2 id="memory-title">{tShell('memory')}</h2>
          <MemoryPanel projectId={project.id} canImport={can(project.role, 'tm.write')} />
        </section>
      ),
    },
  ];
  if (can(project.role, 'project.update'))
    tabs.push({
      value: 'settings',
      label: tShell('settings'),
      content: <ProjectSettings projectId={project.id} initial={await getProjectSettings(user, project.id)} />,
    });
  return (
    <>
      <div className="page-head">
        <h1>
          {project.name}{' '}
          <span className="muted">
            ({languageName(project.sourceLang, locale)} → {languageName(project.targetLang, locale)})
          </span>
        </h1>
        <div className="page-actions">
          <Button asChild variant="secondary" size="sm">
            <Link href={`/projects/${project.id}/dashboard`}>
              <BarChart3 size={14} aria-hidden="true" />
              {tDashboard('link')}
            </Link>
          </Button>
          <Button asChild variant="secondary" size="sm">
            <Link href={`/projects/${project.id}/glossary`}>
              <BookA size={14} aria-hidden="true" />
              {tGlossary('title')}
            </Link>
          </Button>
        </div>
      </div>
      <ProjectTabs label={tShell('project')} tabs={tabs} />
    </>
  );
}
