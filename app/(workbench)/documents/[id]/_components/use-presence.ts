'use client';
// Presence and live updates: one EventSource per open document (GET …/events), a heartbeat (POST
// …/presence) every 10 s and whenever the active segment changes. `segment.updated` events go into
// the store, so another user's saved change appears without reloading.
import { useEffect, useMemo, useState } from 'react';
import { call, urlOf } from '@/app/_components/api-client/client';
import { INBOX_REFRESH_EVENT } from '@/app/_components/inbox/use-inbox';
import type { EditorStore } from './editor-store';
import type { PresenceUser, SegmentDto } from './types';
import { useLatest } from './use-latest';

const HEARTBEAT_MS = 10_000;
const newClientId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random()).slice(2));

export function usePresence(store: EditorStore | null, documentId: string, activeId: string | null, userId: string) {
  // One id per mounted editor; useState's initialiser runs once, outside the render's purity rules.
  const [clientId] = useState(newClientId);
  const [users, setUsers] = useState<PresenceUser[]>([]);
  const active = useLatest(activeId);

  useEffect(() => {
    if (!store) return;
    // A stream of server-sent events: an EventSource, not a call; its URL still comes from the registry.
    const es = new EventSource(urlOf('documentEvents', { id: documentId }, { clientId }));
    // Someone else's comment, reply or rejection may be a notification for this user: the header's
    // inbox re-reads at once (it only ever reads the user's own notifications).
    const nudge = (e: Event) => {
      const data = JSON.parse((e as MessageEvent).data) as { by?: { id: string }; segment?: { state?: string } };
      if (data.by?.id !== userId && (e.type !== 'segment.updated' || data.segment?.state === 'REJECTED'))
        window.dispatchEvent(new Event(INBOX_REFRESH_EVENT));
    };
    es.addEventListener('segment.updated', (e) => {
      const data = JSON.parse((e as MessageEvent).data) as { segment: SegmentDto };
      store.applyRemote(data.segment);
      nudge(e);
    });
    es.addEventListener('annotation.created', nudge);
    es.addEventListener('annotation.updated', nudge);
    es.addEventListener('presence', (e) => {
      const data = JSON.parse((e as MessageEvent).data) as { users: PresenceUser[] };
      setUsers(data.users.filter((u) => u.clientId !== clientId));
    });
    return () => es.close();
  }, [store, documentId, clientId, userId]);

  useEffect(() => {
    if (!store) return;
    const beat = () => {
      call('updatePresence', { params: { id: documentId }, body: { segmentId: active.current, clientId } }).catch(() => {});
    };
    beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [store, documentId, clientId, activeId, active]);

  // Names of other people per segment (not you in another tab: same user id is still shown, as "you").
  const othersOn = useMemo(() => {
    const m = new Map<string, string>();
    for (const u of users) {
      if (!u.segmentId) continue;
      const name = u.userId === userId ? `${u.name} (2)` : u.name;
      m.set(u.segmentId, m.has(u.segmentId) ? `${m.get(u.segmentId)}, ${name}` : name);
    }
    return m;
  }, [users, userId]);
  return { users, othersOn };
}
