'use client';
// The workbench's sidebar: projects, then the current project's overview, dashboard, documents,
// glossary, translation memory, people and settings. The current page is aria-current="page".
import { BarChart3, BookA, Database, FileText, FolderKanban, LayoutGrid, Settings, UserRound, Users } from 'lucide-react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';
import { useShell } from './shell-context';

function Item({
  href,
  icon,
  current,
  children,
  lang,
}: {
  href: string;
  icon: ReactNode;
  current: boolean;
  children: ReactNode;
  lang?: string;
}) {
  return (
    <li>
      <Link href={href} className="sb-link" aria-current={current ? 'page' : undefined}>
        <span className="sb-icon" aria-hidden="true">
          {icon}
        </span>
        <span className="sb-text" lang={lang}>
          {children}
        </span>
      </Link>
    </li>
  );
}

export function Sidebar({ id, onNavigate }: { id: string; onNavigate: () => void }) {
  const t = useTranslations('shell');
  const tApp = useTranslations('app');
  const { route, nav } = useShell();
  const tab = useSearchParams().get('tab');
  const project = nav?.context.project && (route.projectId || route.documentId) ? nav.context.project : null;
  const base = project ? `/projects/${project.id}` : '';
  const onProject = route.section === 'project';
  const S = 16;
  return (
    <nav id={id} className="sidebar" aria-label={t('navigation')} onClick={(e) => (e.target as Element).closest('a') && onNavigate()}>
      <ul className="sb-list">
        <Item href="/projects" icon={<FolderKanban size={S} />} current={route.section === 'projects'}>
          {tApp('projects')}
        </Item>
      </ul>
      {project && (
        <div className="sb-group">
          <p className="sb-label" title={project.name}>
            {project.name}
          </p>
          <ul className="sb-list">
            <Item href={base} icon={<LayoutGrid size={S} />} current={onProject && (!tab || tab === 'documents')}>
              {t('overview')}
            </Item>
            <Item href={`${base}/dashboard`} icon={<BarChart3 size={S} />} current={route.section === 'dashboard'}>
              {t('dashboard')}
            </Item>
          </ul>
          <p className="sb-sublabel">{t('documents')}</p>
          <ul className="sb-list sb-docs">
            {(nav?.projectDocuments ?? []).length === 0 && <li className="sb-empty">{t('noDocuments')}</li>}
            {(nav?.projectDocuments ?? []).map((d) => (
              <Item
                key={d.id}
                href={`/documents/${d.id}`}
                icon={<FileText size={S} />}
                current={route.documentId === d.id}
                lang={project.sourceLang}
              >
                {d.title}
              </Item>
            ))}
          </ul>
          <ul className="sb-list">
            <Item href={`${base}/glossary`} icon={<BookA size={S} />} current={route.section === 'glossary'}>
              {t('glossary')}
            </Item>
            <Item href={`${base}?tab=memory`} icon={<Database size={S} />} current={onProject && tab === 'memory'}>
              {t('memory')}
            </Item>
            <Item href={`${base}?tab=members`} icon={<Users size={S} />} current={onProject && tab === 'members'}>
              {t('people')}
            </Item>
            {project.role === 'OWNER' && (
              <Item href={`${base}?tab=settings`} icon={<Settings size={S} />} current={onProject && tab === 'settings'}>
                {t('settings')}
              </Item>
            )}
          </ul>
        </div>
      )}
      <ul className="sb-list sb-bottom">
        <Item href="/account" icon={<UserRound size={S} />} current={route.section === 'account'}>
          {tApp('account')}
        </Item>
      </ul>
    </nav>
  );
}
