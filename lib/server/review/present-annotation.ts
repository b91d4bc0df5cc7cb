import 'server-only';
// Presents annotations with their authors, status setters, replies and parsed @mentions.
import { mentionedMembers, type MentionMember } from '../../review/user-mentions';
import type { AnnotationStatus, MqmCategory, MqmSeverity } from '../../review/mqm';
import type { AnnotationSide, TAnnotation, TPerson } from '../../review/types';
import type { Prisma } from '../db/client';
import { db } from '../db/client';

type Client = Prisma.TransactionClient | typeof db;

export type AnnotationRow = {
  id: string;
  segmentId: string;
  authorId: string;
  side: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  category: string;
  severity: string;
  comment: string;
  status: string;
  statusById: string | null;
  statusAt: Date | null;
  detached: boolean;
  createdAt: Date;
  updatedAt: Date;
  replies: { id: string; annotationId: string; authorId: string; body: string; createdAt: Date }[];
};

/** The members of a project, for @mention parsing and completion. */
export async function projectMembers(projectId: string, client: Client = db): Promise<(MentionMember & { role: string })[]> {
  const rows = await client.membership.findMany({
    where: { projectId },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((r) => ({ ...r.user, role: r.role }));
}

export async function presentAnnotations(rows: AnnotationRow[], projectId: string, client: Client = db): Promise<TAnnotation[]> {
  const members = await projectMembers(projectId, client);
  const ids = new Set<string>();
  for (const a of rows) {
    ids.add(a.authorId);
    if (a.statusById) ids.add(a.statusById);
    for (const r of a.replies) ids.add(r.authorId);
  }
  const known = new Map(members.map((m) => [m.id, { id: m.id, name: m.name }]));
  const missing = [...ids].filter((id) => !known.has(id));
  if (missing.length) {
    // Former members keep their name on what they wrote.
    for (const u of await client.user.findMany({ where: { id: { in: missing } }, select: { id: true, name: true } })) known.set(u.id, u);
  }
  const person = (id: string): TPerson => known.get(id) ?? { id, name: '—' };
  return rows.map((a) => ({
    id: a.id,
    segmentId: a.segmentId,
    side: a.side as AnnotationSide,
    start: a.start,
    end: a.end,
    quote: a.quote,
    prefix: a.prefix,
    suffix: a.suffix,
    category: a.category as MqmCategory,
    severity: a.severity as MqmSeverity,
    comment: a.comment,
    mentions: mentionedMembers(a.comment, members),
    status: a.status as AnnotationStatus,
    statusBy: a.statusById ? person(a.statusById) : null,
    statusAt: a.statusAt ? a.statusAt.toISOString() : null,
    detached: a.detached,
    author: person(a.authorId),
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    replies: [...a.replies]
      .sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime())
      .map((r) => ({
        id: r.id,
        annotationId: r.annotationId,
        author: person(r.authorId),
        body: r.body,
        mentions: mentionedMembers(r.body, members),
        createdAt: r.createdAt.toISOString(),
      })),
  }));
}

export const WITH_REPLIES = { replies: { orderBy: { createdAt: 'asc' as const } } };
