'use client';
// Whether the shell's sidebar is open (app-shell.tsx): beside the page from 1,100 px (not in the
// editor or alignment, which need the width), else closed, or open as a drawer over the page.
import { useState, useSyncExternalStore } from 'react';
import type { RouteContext } from '@/lib/ui/route-context';

const WIDE = '(min-width: 1100px)';
const subscribeWide = (on: () => void) => {
  const mq = window.matchMedia(WIDE);
  mq.addEventListener('change', on);
  return () => mq.removeEventListener('change', on);
};
const isWide = () => window.matchMedia(WIDE).matches;

export function useSidebar(section: RouteContext['section']) {
  const besideByDefault = section !== 'editor' && section !== 'align';
  const wide = useSyncExternalStore(subscribeWide, isWide, () => true);
  // The user's toggle holds until the page kind changes (editor ↔ other pages).
  const [picked, setPicked] = useState<{ beside: boolean; open: boolean } | null>(null);
  const choice = picked?.beside === besideByDefault ? picked.open : null;
  const setChoice = (open: boolean) => setPicked({ beside: besideByDefault, open });
  const open = choice ?? (wide && besideByDefault);
  // Open where it would not be beside the page by default (narrow screens, the editor): a drawer over it.
  const drawer = open && !(wide && besideByDefault);
  return { open, drawer, setChoice };
}
