'use client';
// The header's notifications inbox: a button with the unread count that opens a panel listing your
// mentions, rejections of your segments and replies in your threads, newest first, each linking to
// its segment. Escape or a click outside closes it (the focus goes back to the button).
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { InboxList } from './inbox-list';
import { useInbox } from './use-inbox';

export function NotificationsInbox() {
  const t = useTranslations('inbox');
  const { inbox, markRead } = useInbox();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const unread = inbox?.unread ?? 0;

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  return (
    <div
      className="inbox"
      ref={root}
      data-testid="inbox"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      {/* The name starts with what is shown (axe: label-content-name-mismatch); the count is read as "3 unread". */}
      <button
        ref={button}
        type="button"
        className="secondary small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('button')}
        {unread > 0 && (
          <>
            {' '}
            <span className="inbox-count" data-testid="inbox-count" aria-hidden="true">
              {unread > 99 ? '99+' : unread}
            </span>
            <span className="sr-only"> {t('unread', { count: unread })}</span>
          </>
        )}
      </button>
      <div id={panelId} className="inbox-panel" role="region" aria-label={t('title')} hidden={!open}>
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <strong>{t('title')}</strong>
          <button type="button" className="secondary small" disabled={!unread} onClick={() => void markRead({ all: true })}>
            {t('markAllRead')}
          </button>
        </div>
        {!inbox ? (
          <p className="muted">{t('loading')}</p>
        ) : inbox.notifications.length === 0 ? (
          <p className="muted">{t('empty')}</p>
        ) : (
          <InboxList items={inbox.notifications} onRead={(ids) => markRead({ ids })} onFollow={() => setOpen(false)} />
        )}
      </div>
    </div>
  );
}
