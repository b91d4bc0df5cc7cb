'use client';
// Where the page is: Projects › project › document › section. The last crumb is the page itself.
import { ChevronRight } from 'lucide-react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { Section } from '@/lib/ui/route-context';
import { useShell } from './shell-context';

const SECTION_KEY: Partial<Record<Section, 'dashboard' | 'glossary' | 'quality' | 'publish' | 'align'>> = {
  dashboard: 'dashboard',
  glossary: 'glossary',
  quality: 'quality',
  publish: 'publish',
  align: 'align',
};

export function Breadcrumbs() {
  const t = useTranslations('shell');
  const tApp = useTranslations('app');
  const { route, nav } = useShell();
  const project = nav?.context.project && (route.projectId || route.documentId) ? nav.context.project : null;
  const document = route.documentId ? nav?.context.document : null;
  const crumbs: { href: string; label: string; lang?: string }[] = [];
  if (route.section === 'account') crumbs.push({ href: '/account', label: tApp('account') });
  else if (route.section !== 'other' || project) crumbs.push({ href: '/projects', label: tApp('projects') });
  if (project) crumbs.push({ href: `/projects/${project.id}`, label: project.name });
  if (document) crumbs.push({ href: `/documents/${document.id}`, label: document.title, lang: project?.sourceLang });
  const key = SECTION_KEY[route.section];
  if (key) crumbs.push({ href: '', label: t(key) });
  if (crumbs.length === 0) return null;
  return (
    <nav className="breadcrumbs" aria-label={t('breadcrumbs')}>
      <ol>
        {crumbs.map((c, i) => {
          const last = i === crumbs.length - 1;
          return (
            <li key={`${i}-${c.href}`}>
              {i > 0 && <ChevronRight size={14} className="crumb-sep" aria-hidden="true" />}
              {last ? (
                <span aria-current="page" lang={c.lang} title={c.label}>
                  {c.label}
                </span>
              ) : (
                <Link href={c.href} lang={c.lang} title={c.label}>
                  {c.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
