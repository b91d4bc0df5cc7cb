'use client';
// The inbox's items: who did what where, the excerpt, when; the link opens the segment (and marks the
// item read); unread items have their own "mark read" button.
import { useFormatter, useTranslations } from 'next-intl';
import type { TNotification } from '@/lib/server/notifications/inbox';

export function InboxList({
  items,
  onRead,
  onFollow,
}: {
  items: TNotification[];
  onRead: (ids: string[]) => Promise<void>;
  onFollow: () => void;
}) {
  const t = useTranslations('inbox');
  const format = useFormatter();
  return (
    <ol data-testid="inbox-list">
      {items.map((n) => {
        const who = n.actor?.name ?? t('someone');
        const where = n.segment.number ? t('where', { title: n.document.title, n: n.segment.number }) : n.document.title;
        return (
          <li key={n.id} className={n.readAt ? 'read' : 'unread'} data-kind={n.kind} data-testid="inbox-item">
            {/* A full navigation: the editor opens at the URL's segment when it loads. */}
            <a
              href={n.href}
              onClick={(e) => {
                if (n.readAt || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault(); // marked read before leaving the page, then followed
                void onRead([n.id]).finally(() => {
                  onFollow();
                  window.location.assign(n.href);
                });
              }}
            >
              {t(`kind_${n.kind}`, { name: who })}
            </a>
            <span className="muted small"> · {where}</span>
            {n.excerpt && (
              <p className="small" style={{ margin: '.2rem 0' }}>
                {n.excerpt}
              </p>
            )}
            <div className="row small">
              <time className="muted" dateTime={n.createdAt}>
                {format.relativeTime(new Date(n.createdAt))}
              </time>
              {!n.readAt && (
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => onRead([n.id])}
                  aria-label={t('markReadOne', { what: t(`kind_${n.kind}`, { name: who }) })}
                >
                  {t('markRead')}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
