'use client';
// What every part of the shell needs: where the page is (lib/ui/route-context.ts), the current
// project's name, role and documents (one GET /api/v1/search/palette per project or document
// change), the signed-in user, and the command palette's open state.
import { usePathname } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { routeContext, type RouteContext } from '@/lib/ui/route-context';
import { call, type CallResult } from '../api-client/client';

export type NavData = CallResult<'searchPalette'>;
export interface ShellUser {
  id: string;
  name: string;
  email: string;
}

interface ShellState {
  route: RouteContext;
  nav: NavData | null;
  user: ShellUser;
  paletteOpen: boolean;
  setPaletteOpen: (open: boolean) => void;
  /** What had the focus when the palette opened: it gets it back when the palette closes. */
  focusBeforePalette: RefObject<HTMLElement | null>;
}

const Ctx = createContext<ShellState | null>(null);

export function useShell(): ShellState {
  const s = useContext(Ctx);
  if (!s) throw new Error('useShell outside ShellProvider');
  return s;
}

export function ShellProvider({ user, children }: { user: ShellUser; children: ReactNode }) {
  const pathname = usePathname();
  const route = useMemo(() => routeContext(pathname), [pathname]);
  const [nav, setNav] = useState<NavData | null>(null);
  const [paletteOpen, setOpen] = useState(false);
  const focusBeforePalette = useRef<HTMLElement | null>(null);
  const setPaletteOpen = useCallback((open: boolean) => {
    if (open && document.activeElement instanceof HTMLElement) focusBeforePalette.current = document.activeElement;
    setOpen(open);
  }, []);
  const key = `${route.projectId ?? ''}|${route.documentId ?? ''}`;

  useEffect(() => {
    const ctrl = new AbortController();
    call('searchPalette', { query: { q: '#', project: route.projectId, document: route.documentId }, signal: ctrl.signal })
      .then(setNav)
      .catch(() => {});
    return () => ctrl.abort();
    // The key names what the request depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const value = useMemo(
    () => ({ route, nav, user, paletteOpen, setPaletteOpen, focusBeforePalette }),
    [route, nav, user, paletteOpen, setPaletteOpen],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
