'use client';
// The signed-in user's notifications, kept fresh: read on mount, every POLL_MS while the page is
// visible, when the window regains focus, and at once when a page says something happened (the
// editor's live events dispatch INBOX_REFRESH_EVENT on a new comment, reply or decision).
import { useCallback, useEffect, useState } from 'react';
import { call, type CallResult } from '../api-client/client';

type TInbox = CallResult<'listNotifications'>;

export const POLL_MS = 30_000;
export const INBOX_REFRESH_EVENT = 'wb:notifications';

export function useInbox() {
  const [inbox, setInbox] = useState<TInbox | null>(null);
  const load = useCallback(() => {
    call('listNotifications').then(setInbox, () => {});
  }, []);
  useEffect(() => {
    load();
    const timer = setInterval(() => document.visibilityState === 'visible' && load(), POLL_MS);
    const soon = () => setTimeout(load, 300);
    window.addEventListener('focus', load);
    window.addEventListener(INBOX_REFRESH_EVENT, soon);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', load);
      window.removeEventListener(INBOX_REFRESH_EVENT, soon);
    };
  }, [load]);
  const markRead = useCallback(
    async (body: { ids: string[] } | { all: true }) => {
      setInbox(
        (x) =>
          x && {
            unread: 'all' in body ? 0 : Math.max(0, x.unread - x.notifications.filter((n) => !n.readAt && body.ids.includes(n.id)).length),
            notifications: x.notifications.map((n) =>
              'all' in body || body.ids.includes(n.id) ? { ...n, readAt: n.readAt ?? new Date().toISOString() } : n,
            ),
          },
      );
      await call('markNotificationsRead', { body }).catch(() => {});
      load();
    },
    [load],
  );
  return { inbox, markRead, reload: load };
}
