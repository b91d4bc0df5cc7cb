import 'server-only';
// Publishes the next edition of a document: checks that every translatable segment is approved
// (or that the owner gave an override reason), freezes source, target, names and credits into the
// snapshot, and writes the Edition row, all in one transaction. Version n+1. The owner may set the
// title, subtitle, slug and a public editor's note; the override reason is internal (kept on the
// row for the project, never in the snapshot). The slug is the owner's (409 when another document's
// editions use it), else the one the document's earlier editions use, else a new one from the title.
import { parseDoc } from '../../editor/doc';
import { blockingSegments, buildSnapshot, creditsFrom, slugify, uniqueSlug, type Blocker } from '../../publish/snapshot';
import type { TPublishEditionRequest } from '../api/publish.types';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { AppError } from '../errors';
import { presentEdition, type TEdition } from '../presenters/edition';
import { requireDocument } from '../projects/access';
import { readerExtras } from './reader-extras';

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export async function publishEdition(actor: Actor, documentId: string, input: TPublishEditionRequest): Promise<TEdition> {
  const { document } = await requireDocument(actor, documentId, 'edition.publish');
  for (let attempt = 1; ; attempt += 1) {
    try {
      const edition = await db.$transaction((tx) => publishIn(tx, actor, document, input));
      return presentEdition(edition, actor.name);
    } catch (e) {
      // Two publishes at once (or two documents claiming one slug): the unique (slug, version) index
      // refuses the second; recompute and try again.
      if (attempt < 3 && isUniqueViolation(e)) continue;
      throw e;
    }
  }
}

async function publishIn(tx: Tx, actor: Actor, document: { id: string; projectId: string; title: string }, input: TPublishEditionRequest) {
  const overrideReason = input.overrideReason ?? null;
  const [project, rows, terms, previous] = await Promise.all([
    tx.project.findUniqueOrThrow({ where: { id: document.projectId } }),
    tx.segment.findMany({ where: { documentId: document.id }, orderBy: { position: 'asc' } }),
    tx.term.findMany({ where: { projectId: document.projectId, kind: 'NAME', status: 'CONFIRMED' }, orderBy: { createdAt: 'asc' } }),
    tx.edition.findFirst({ where: { documentId: document.id }, orderBy: { version: 'desc' } }),
  ]);
  const segments = rows.map((s) => ({
    position: s.position,
    kind: s.kind,
    level: s.level,
    source: parseDoc(s.source)!,
    target: parseDoc(s.target),
    state: s.state,
    doNotTranslate: s.doNotTranslate,
  }));
  if (!segments.some((s) => !s.doNotTranslate)) {
    throw new AppError('conflict', 'This document has nothing to publish: every segment is marked "do not translate".').because(
      'publish_nothing',
    );
  }
  const blocking = blockingSegments(segments);
  if (blocking.length && !overrideReason) throw blockedError(blocking);

  const revisions = await tx.segmentRevision.findMany({
    where: { segment: { documentId: document.id } },
    select: { userId: true, action: true, state: true, createdAt: true },
  });
  const userIds = [...new Set(revisions.map((r) => r.userId).filter((id): id is string => !!id))];
  const [users, memberships] = await Promise.all([
    tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    tx.membership.findMany({ where: { projectId: document.projectId, userId: { in: userIds } }, select: { userId: true, role: true } }),
  ]);
  const roles = new Map(memberships.map((m) => [m.userId, m.role as string]));
  const people = new Map(users.map((u) => [u.id, { name: u.name, role: roles.get(u.id) ?? null }]));
  const credits = creditsFrom(revisions, people);

  const snapshot = buildSnapshot({
    documentId: document.id,
    documentTitle: document.title,
    sourceLang: project.sourceLang,
    targetLang: project.targetLang,
    segments,
    names: terms.map((t) => ({ source: t.source, target: t.target })),
    credits,
    publishedBy: actor.name,
    title: input.title,
    subtitle: input.subtitle,
    editorNote: input.editorNote,
  });
  Object.assign(snapshot, await readerExtras(tx, document.id, rows, snapshot, input.includeNotes ?? true));

  let slug = input.slug ?? previous?.slug;
  if (input.slug) {
    const other = await tx.edition.findFirst({ where: { slug: input.slug, documentId: { not: document.id } }, select: { id: true } });
    if (other) {
      throw new AppError('conflict', `The address /e/${input.slug} is already used by another document's edition; choose another slug.`, {
        field: 'slug',
      }).because('slug_taken', { slug: input.slug });
    }
  }
  if (!slug) {
    const base = slugify(snapshot.title.source);
    const taken = await tx.edition.findMany({
      where: { slug: { startsWith: base }, documentId: { not: document.id } },
      select: { slug: true },
      distinct: ['slug'],
    });
    slug = uniqueSlug(base, new Set(taken.map((t) => t.slug)));
  }
  return tx.edition.create({
    data: {
      documentId: document.id,
      slug,
      version: (previous?.version ?? 0) + 1,
      snapshot: JSON.stringify(snapshot),
      overrideReason: blocking.length ? overrideReason : null,
      title:
        snapshot.title.target !== snapshot.title.source ? `${snapshot.title.source} · ${snapshot.title.target}` : snapshot.title.source,
      subtitle: snapshot.subtitle
        ? snapshot.subtitle.target !== snapshot.subtitle.source
          ? `${snapshot.subtitle.source} · ${snapshot.subtitle.target}`
          : snapshot.subtitle.source
        : null,
      editorNote: snapshot.editorNote ?? null,
      publishedById: actor.id,
    },
  });
}

export function blockedError(blocking: Blocker[]): AppError {
  const list = blocking
    .slice(0, 10)
    .map((b) => `${b.segment} (${b.state.toLowerCase()})`)
    .join(', ');
  const more = blocking.length > 10 ? ` and ${blocking.length - 10} more` : '';
  return new AppError(
    'conflict',
    `${blocking.length} segment${blocking.length === 1 ? ' is' : 's are'} not approved yet: ${list}${more}. Approve them, or publish anyway with an overrideReason that the edition will show.`,
    { blocking },
  ).because('publish_unapproved', { count: blocking.length });
}

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  return err?.code === 'P2002' || /unique constraint/i.test(err?.message ?? '');
}
