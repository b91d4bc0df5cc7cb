import 'server-only';
// Who has a document open and on which segment. Clients send a heartbeat (POST …/presence) every
// few seconds and when they move; entries expire after PRESENCE_TTL_MS. Kept in process memory (on
// globalThis, like the event bus); changes are published as `presence` events on the document channel.
import type { Actor } from '../auth/authenticate';
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

type Store = Map<string, Map<string, TPresence>>;
const KEY = Symbol.for('workbench.presence');
const g = globalThis as unknown as Record<symbol, Store | undefined>;
const store: Store = (g[KEY] ??= new Map());

export function presenceOf(documentId: string, now = Date.now()): TPresence[] {
  const entries = store.get(documentId);
  if (!entries) return [];
  for (const [k, p] of entries) if (now - p.at > PRESENCE_TTL_MS) entries.delete(k);
  return [...entries.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export async function updatePresence(actor: Actor, documentId: string, input: TPresenceRequest): Promise<{ users: TPresence[] }> {
  await requireDocument(actor, documentId, 'document.read');
  let entries = store.get(documentId);
  if (!entries) store.set(documentId, (entries = new Map()));
  const clientId = input.clientId ?? actor.id;
  const key = `${actor.id}:${clientId}`;
  const before = entries.get(key);
  const next: TPresence = { userId: actor.id, name: actor.name, clientId, segmentId: input.segmentId, editing: !!input.editing, at: Date.now() };
  entries.set(key, next);
  const users = presenceOf(documentId);
  if (!before || before.segmentId !== next.segmentId || before.editing !== next.editing) {
    publish(documentChannel(documentId), { type: 'presence', users });
  }
  return { users };
}

export function leavePresence(documentId: string, userId: string, clientId: string) {
  const entries = store.get(documentId);
  if (entries?.delete(`${userId}:${clientId}`)) publish(documentChannel(documentId), { type: 'presence', users: presenceOf(documentId) });
}
