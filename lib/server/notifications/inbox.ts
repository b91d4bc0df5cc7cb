import 'server-only';
// A user's notifications inbox: their own notifications only (every query is scoped to the actor),
// in projects they are still a member of, newest first, each with a link to its segment.
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import type { TMarkReadRequest } from '../api/notifications.types';

export const INBOX_LIMIT = 50;

export interface TNotification {
  id: string;
  kind: 'mention' | 'reply' | 'rejection';
  actor: { id: string; name: string } | null;
  document: { id: string; title: string };
  segment: { id: string; number: number | null };
  annotationId: string | null;
  excerpt: string;
  createdAt: string;
  readAt: string | null;
  /** The editor at the segment. */
  href: string;
}

export interface TInbox {
  unread: number;
  notifications: TNotification[];
}

async function memberProjectIds(userId: string): Promise<string[]> {
  return (await db.membership.findMany({ where: { userId }, select: { projectId: true } })).map((m) => m.projectId);
}

export async function listNotifications(actor: Actor, opts: { unreadOnly?: boolean } = {}): Promise<TInbox> {
  const where = { userId: actor.id, projectId: { in: await memberProjectIds(actor.id) } };
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { ...where, ...(opts.unreadOnly ? { readAt: null } : {}) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: INBOX_LIMIT,
      include: { document: { select: { id: true, title: true } } },
    }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  const [actors, segments] = await Promise.all([
    db.user.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.actorId).filter((x): x is string => !!x))] } },
      select: { id: true, name: true },
    }),
    db.segment.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.segmentId))] } }, select: { id: true, position: true } }),
  ]);
  const names = new Map(actors.map((a) => [a.id, a]));
  const numbers = new Map(segments.map((s) => [s.id, s.position + 1]));
  return {
    unread,
    notifications: rows.map((r) => {
      const number = numbers.get(r.segmentId) ?? null;
      return {
        id: r.id,
        kind: r.kind as TNotification['kind'],
        actor: r.actorId ? (names.get(r.actorId) ?? null) : null,
        document: r.document,
        segment: { id: r.segmentId, number },
        annotationId: r.annotationId,
        excerpt: r.excerpt,
        createdAt: r.createdAt.toISOString(),
        readAt: r.readAt?.toISOString() ?? null,
        href: `/documents/${r.documentId}${number ? `?s=${number}` : ''}`,
      };
    }),
  };
}

/** Marks some (ids) or all of the actor's notifications read; others' ids are ignored. */
export async function markNotificationsRead(actor: Actor, input: TMarkReadRequest): Promise<{ marked: number; unread: number }> {
  const scope = 'all' in input && input.all ? {} : { id: { in: (input as { ids: string[] }).ids } };
  const { count } = await db.notification.updateMany({ where: { userId: actor.id, readAt: null, ...scope }, data: { readAt: new Date() } });
  const unread = await db.notification.count({
    where: { userId: actor.id, readAt: null, projectId: { in: await memberProjectIds(actor.id) } },
  });
  return { marked: count, unread };
}
