import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { requireUser } from '@/lib/server/auth/current-user';
import { listProjects } from '@/lib/server/projects/list-projects';
import { languageName } from '@/lib/ui/language-name';
import { CreateProjectForm } from './_components/create-project-form';

export async function generateMetadata() {
  return { title: (await getTranslations('projects'))('title') };
}

export default async function ProjectsPage() {
  const user = await requireUser();
  const [t, tr, projects, locale] = await Promise.all([
    getTranslations('projects'),
    getTranslations('roles'),
    listProjects(user),
    getLocale(),
  ]);
  return (
    <>
      <h1>{t('title')}</h1>
      {projects.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <ul className="list">
          {projects.map((p) => (
            <li key={p.id}>
              <Link href={`/projects/${p.id}`}>
                <strong>{p.name}</strong>
              </Link>
              <div className="muted">
                {t('languages', { source: languageName(p.sourceLang, locale), target: languageName(p.targetLang, locale) })} ·{' '}
                {t('yourRole', { role: tr(p.role) })}
              </div>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('create')}</h2>
      <CreateProjectForm />
    </>
  );
}
