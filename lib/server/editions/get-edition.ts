import 'server-only';
// Reading published editions. The public pages and downloads see visible editions only; members
// of the document's project may also download a hidden version (to check it before showing it again).
import type { EditionSnapshot, EditionView } from '../../publish/snapshot';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { notFound, unauthenticated } from '../errors';
import { roleIn } from '../projects/access';

type EditionRow = { id: string; slug: string; version: number; snapshot: string; hidden: boolean; publishedAt: Date; documentId: string };

export function toView(row: EditionRow): EditionView {
  const snapshot = JSON.parse(row.snapshot) as EditionSnapshot;
  return { ...snapshot, id: row.id, slug: row.slug, version: row.version, publishedAt: row.publishedAt.toISOString(), hidden: row.hidden };
}

/** The latest visible version (no `version`), or that version if it is visible; null otherwise. */
export async function getPublicEdition(slug: string, version?: number): Promise<EditionView | null> {
  const row = await db.edition.findFirst({
    where: { slug, hidden: false, ...(version ? { version } : {}) },
    orderBy: { version: 'desc' },
  });
  return row ? toView(row) : null;
}

export interface TPublicVersion {
  id: string;
  version: number;
  publishedAt: string;
}

/** The visible versions under one slug, newest first. */
export async function listPublicVersions(slug: string): Promise<TPublicVersion[]> {
  const rows = await db.edition.findMany({
    where: { slug, hidden: false },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, publishedAt: true },
  });
  return rows.map((r) => ({ id: r.id, version: r.version, publishedAt: r.publishedAt.toISOString() }));
}

/** The source language of the edition a public path shows (for <html lang>), or null. */
export async function publicEditionLanguage(slug: string): Promise<string | null> {
  const row = await db.edition.findFirst({ where: { slug, hidden: false }, orderBy: { version: 'desc' }, select: { snapshot: true } });
  if (!row) return null;
  const m = /"sourceLang":"([A-Za-z0-9-]{1,35})"/.exec(row.snapshot);
  return m ? m[1]! : null;
}

/**
 * An edition for download: visible ones for anyone; hidden ones for members of its project only.
 * `membersOnly` (the interchange formats, XLIFF and TMX: working files, not reading copies): members
 * of the project only; anyone else gets 401 when signed out, 404 when signed in.
 */
export async function getDownloadableEdition(actor: Actor | null, editionId: string, membersOnly = false): Promise<EditionView> {
  const row = await db.edition.findUnique({ where: { id: editionId }, include: { document: { select: { projectId: true } } } });
  if (!row) throw notFound('Edition');
  if (row.hidden || membersOnly) {
    const member = !!actor && !!(await roleIn(row.document.projectId, actor.id));
    if (!member) throw membersOnly && !row.hidden && !actor ? unauthenticated() : notFound('Edition');
  }
  return toView(row);
}
