'use client';
// The signed-in workbench's frame: sidebar, header (menu toggle, breadcrumbs, search, inbox, user
// menu), the page, the command palette, toasts and tooltips. Ctrl+K / ⌘K opens the palette unless
// the page already claimed the key (the editor's concordance takes Ctrl+K: there Ctrl+Shift+K).
// The sidebar shows beside the page from 1,100 px (not in the editor or alignment, which need the
// width), else it is a drawer the header's button opens.
import { PanelLeft, Search } from 'lucide-react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Suspense, useEffect, type ReactNode } from 'react';
import type { Theme } from '@/lib/ui/theme';
import { NotificationsInbox } from '../inbox/notifications-inbox';
import { Button, IconButton, ToastProvider, TooltipProvider } from '../ui';
import { Breadcrumbs } from './breadcrumbs';
import { CommandPalette } from './command-palette';
import { ShellProvider, useShell, type ShellUser } from './shell-context';
import { Sidebar } from './sidebar';
import { useSidebar } from './use-sidebar';
import { UserMenu } from './user-menu';
import './shell.css';

function Frame({ theme, brand, children }: { theme: Theme; brand: string; children: ReactNode }) {
  const t = useTranslations('shell');
  const tp = useTranslations('palette');
  const { route, setPaletteOpen, paletteOpen } = useShell();
  const { open, drawer, setChoice } = useSidebar(route.section);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || !(e.ctrlKey || e.metaKey) || e.code !== 'KeyK') return;
      e.preventDefault();
      setPaletteOpen(!paletteOpen);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [paletteOpen, setPaletteOpen]);

  return (
    <div
      className="app"
      data-sidebar={open ? 'open' : 'closed'}
      data-drawer={drawer ? 'true' : undefined}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && drawer) setChoice(false);
      }}
    >
      <Suspense>
        <Sidebar id="app-sidebar" onNavigate={() => drawer && setChoice(false)} />
      </Suspense>
      {drawer && <div className="app-scrim" aria-hidden="true" onClick={() => setChoice(false)} />}
      <div className="app-main">
        <header className="app-header">
          <IconButton
            label={open ? t('closeMenu') : t('openMenu')}
            icon={<PanelLeft size={18} />}
            aria-expanded={open}
            aria-controls="app-sidebar"
            onClick={() => setChoice(!open)}
          />
          <Link className="brand" href="/projects">
            {brand}
          </Link>
          <Breadcrumbs />
          <span className="spacer" />
          <Button
            variant="secondary"
            size="sm"
            className="palette-trigger"
            onClick={() => setPaletteOpen(true)}
            aria-keyshortcuts="Control+K Meta+K"
          >
            <Search size={14} aria-hidden="true" />
            <span className="palette-trigger-text">{t('search')}</span>
            <kbd aria-hidden="true">{tp('shortcut')}</kbd>
          </Button>
          <NotificationsInbox />
          <UserMenu initialTheme={theme} />
        </header>
        <main id="main">{children}</main>
      </div>
      <CommandPalette />
    </div>
  );
}

export function AppShell({
  user,
  theme,
  brand,
  closeLabel,
  toastsLabel,
  children,
}: {
  user: ShellUser;
  theme: Theme;
  brand: string;
  closeLabel: string;
  toastsLabel: string;
  children: ReactNode;
}) {
  return (
    <ShellProvider user={user}>
      <TooltipProvider>
        <ToastProvider closeLabel={closeLabel} regionLabel={toastsLabel}>
          <Frame theme={theme} brand={brand}>
            {children}
          </Frame>
        </ToastProvider>
      </TooltipProvider>
    </ShellProvider>
  );
}
