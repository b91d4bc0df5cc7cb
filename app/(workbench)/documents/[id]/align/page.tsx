import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { orNotFound } from '@/app/_components/or-not-found';
import { requireUser } from '@/lib/server/auth/current-user';
import { requireDocument } from '@/lib/server/projects/access';
import { AlignmentView } from './alignment-view';

export async function generateMetadata() {
  return { title: (await getTranslations('align'))('title') };
}

export default async function AlignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const { document, role } = await orNotFound(requireDocument(user, id, 'segment.pretranslate'));
  const t = await getTranslations('align');
  return (
    <>
      <p className="muted">
        <Link href={`/documents/${id}`}>← {t('backToEditor')}</Link>
      </p>
      <h1>
        {t('title')}: <span lang="en">{document.title}</span>
      </h1>
      <AlignmentView documentId={id} isOwner={role === 'OWNER'} />
    </>
  );
}
