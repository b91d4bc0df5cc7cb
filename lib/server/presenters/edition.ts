import 'server-only';
import { editionPath } from '../../publish/snapshot';

export interface TEdition {
  id: string;
  documentId: string;
  slug: string;
  version: number;
  url: string;
  hidden: boolean;
  /** Internal (why it was published before everything was approved); never shown in the edition. */
  overrideReason: string | null;
  title: string | null;
  subtitle: string | null;
  editorNote: string | null;
  publishedAt: string;
  publishedBy: string | null;
}

export function presentEdition(
  e: {
    id: string;
    documentId: string;
    slug: string;
    version: number;
    hidden: boolean;
    overrideReason: string | null;
    publishedAt: Date;
    title?: string | null;
    subtitle?: string | null;
    editorNote?: string | null;
  },
  publishedBy: string | null = null,
): TEdition {
  return {
    id: e.id,
    documentId: e.documentId,
    slug: e.slug,
    version: e.version,
    url: editionPath(e.slug, e.version),
    hidden: e.hidden,
    overrideReason: e.overrideReason,
    title: e.title ?? null,
    subtitle: e.subtitle ?? null,
    editorNote: e.editorNote ?? null,
    publishedAt: e.publishedAt.toISOString(),
    publishedBy,
  };
}
