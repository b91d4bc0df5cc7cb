import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { orNotFound } from '@/app/_components/or-not-found';
import { requireUser } from '@/lib/server/auth/current-user';
import { can } from '@/lib/server/policies';
import { requireProject } from '@/lib/server/projects/access';
import { listTerms } from '@/lib/server/terms/manage-terms';
import { projectWords } from '@/lib/server/spell/spelling-context';
import { GlossaryEditor } from './glossary-editor';
import { WordList } from './word-list';

export async function generateMetadata() {
  return { title: (await getTranslations('glossary'))('title') };
}

export default async function GlossaryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const { project, role } = await orNotFound(requireProject(user, id, 'term.read'));
  const [terms, words] = await Promise.all([listTerms(user, id), projectWords(id)]);
  const t = await getTranslations('glossary');
  return (
    <>
      <p className="muted">
        <Link href={`/projects/${id}`}>← {project.name}</Link>
      </p>
      <h1>{t('title')}</h1>
      <GlossaryEditor projectId={id} initial={terms} canEdit={can(role, 'term.write')} />
      <WordList projectId={id} initial={words} canEdit={can(role, 'term.write')} />
    </>
  );
}
