'use client';
// Review mode (Ctrl/⌘+Enter approves instead of confirming), remembered per user in this browser
// (localStorage "wb:reviewMode:<userId>"), so a reviewer finds it as they left it after a reload.
// Translators never have it.
import { useCallback, useState } from 'react';

export const reviewModeKey = (userId: string) => `wb:reviewMode:${userId}`;

function read(userId: string): boolean {
  try {
    return window.localStorage.getItem(reviewModeKey(userId)) === '1';
  } catch {
    return false;
  }
}

export function useReviewMode(userId: string, role: 'OWNER' | 'TRANSLATOR' | 'REVIEWER'): [boolean, (on: boolean) => void] {
  const allowed = role !== 'TRANSLATOR';
  // The editor renders only in the browser (after its segments load), so localStorage is there.
  const [on, setOn] = useState(() => allowed && typeof window !== 'undefined' && read(userId));
  const set = useCallback(
    (next: boolean) => {
      setOn(next);
      try {
        if (next) window.localStorage.setItem(reviewModeKey(userId), '1');
        else window.localStorage.removeItem(reviewModeKey(userId));
      } catch {
        /* private mode: remembered for this page only */
      }
    },
    [userId],
  );
  return [allowed && on, set];
}
