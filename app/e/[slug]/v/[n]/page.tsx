import type { Metadata } from 'next';
import { EditionPage, editionMetadata, loadEdition } from '../../../_components/edition-page';

type Props = { params: Promise<{ slug: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  return editionMetadata(slug, n);
}

export default async function EditionVersion({ params }: Props) {
  const { slug, n } = await params;
  return <EditionPage ed={await loadEdition(slug, n)} />;
}
