import 'server-only';
// Who has a document open and on which segment. Clients send a heartbeat (POST …/presence) every
// few seconds and when they move; entries expire after PRESENCE_TTL_MS. Kept in the database (table
// Presence, one row per user and browser tab) so that every app instance computes the same list;
// changes are published as `presence` events on the document channel (which crosses instances on
// PostgreSQL). A heartbeat is one select and one upsert; rows past the TTL are deleted by the next
// heartbeat on the same document that sees them.
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { AppError } from '../errors';
import { documentChannel, publish } from '../events/bus';
import type { TPresenceRequest } from '../api/editor.types';
import { requireDocument } from '../projects/access';

export const PRESENCE_TTL_MS = 30_000;

export interface TPresence {
  userId: string;
  name: string;
  clientId: string;
  segmentId: string | null;
  editing: boolean;
  at: number;
}

const columns = { userId: true, clientId: true, name: true, segmentId: true, editing: true, updatedAt: true } as const;
interface Row {
  userId: string;
  clientId: string;
  name: string;
  segmentId: string | null;
  editing: boolean;
  updatedAt: Date;
}

const toPresence = (r: Row): TPresence => ({
  userId: r.userId,
  name: r.name,
  clientId: r.clientId,
  segmentId: r.segmentId,
  editing: r.editing,
  at: r.updatedAt.getTime(),
});
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** By name; ties by user and tab, so that every instance orders the same rows the same way. */
const sorted = (list: TPresence[]) =>
  list.sort((a, b) => a.name.localeCompare(b.name) || byText(a.userId, b.userId) || byText(a.clientId, b.clientId));

export async function presenceOf(documentId: string, now = Date.now()): Promise<TPresence[]> {
  const rows = await db.presence.findMany({ where: { documentId, updatedAt: { gte: new Date(now - PRESENCE_TTL_MS) } }, select: columns });
  return sorted(rows.map(toPresence));
}

export async function updatePresence(actor: Actor, documentId: string, input: TPresenceRequest): Promise<{ users: TPresence[] }> {
  await requireDocument(actor, documentId, 'document.read');
  if (input.segmentId !== null) {
    // Only a segment of this document: anything else would be shown to this document's readers.
    const segment = await db.segment.findFirst({ where: { id: input.segmentId, documentId }, select: { id: true } });
    if (!segment)
      throw new AppError('validation_failed', 'This segment is not part of the document.', {
        fields: [{ path: 'segmentId', message: 'not in this document' }],
      }).because('segment_not_in_document');
  }
  const clientId = input.clientId ?? actor.id;
  const now = new Date();
  const cutoff = now.getTime() - PRESENCE_TTL_MS;
  // Everyone's rows before this heartbeat (this tab's previous one included, to tell whether
  // anything changed), then this tab's row written; the list is the rows still fresh plus ours.
  const rows: Row[] = await db.presence.findMany({ where: { documentId }, select: columns });
  const data = { name: actor.name, segmentId: input.segmentId, editing: !!input.editing, updatedAt: now };
  await db.presence.upsert({
    where: { documentId_userId_clientId: { documentId, userId: actor.id, clientId } },
    create: { documentId, userId: actor.id, clientId, ...data },
    update: data,
  });
  const mine = (r: Row) => r.userId === actor.id && r.clientId === clientId;
  const before = rows.find(mine);
  const others = rows.filter((r) => !mine(r));
  if (others.some((r) => r.updatedAt.getTime() < cutoff)) {
    await db.presence.deleteMany({ where: { documentId, updatedAt: { lt: new Date(cutoff) } } });
  }
  const next: TPresence = {
    userId: actor.id,
    name: actor.name,
    clientId,
    segmentId: data.segmentId,
    editing: data.editing,
    at: now.getTime(),
  };
  const users = sorted([...others.filter((r) => r.updatedAt.getTime() >= cutoff).map(toPresence), next]);
  const changed =
    !before ||
    before.updatedAt.getTime() < cutoff ||
    before.segmentId !== next.segmentId ||
    before.editing !== next.editing ||
    before.name !== next.name;
  if (changed) publish(documentChannel(documentId), { type: 'presence', users });
  return { users };
}

/** A tab closed its event stream: its row goes, and everyone gets the list without it. */
export async function leavePresence(documentId: string, userId: string, clientId: string): Promise<void> {
  const { count } = await db.presence.deleteMany({ where: { documentId, userId, clientId } });
  if (count > 0) publish(documentChannel(documentId), { type: 'presence', users: await presenceOf(documentId) });
}
