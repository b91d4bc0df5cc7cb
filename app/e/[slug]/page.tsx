import type { Metadata } from 'next';
import { EditionPage, editionMetadata, loadEdition } from '../_components/edition-page';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editionMetadata((await params).slug);
}

export default async function LatestEdition({ params }: Props) {
  return <EditionPage ed={await loadEdition((await params).slug)} />;
}
