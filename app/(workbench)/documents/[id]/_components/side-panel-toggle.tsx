'use client';
// Hide or show the editor's side panel (an icon button with its name and a tooltip, in the Tab order; Alt+B too). The choice
// is remembered in this browser (localStorage). Hidden, the panel stays mounted, so review mode's
// shortcuts and the decision bar keep working.
import { PanelRightClose, PanelRightOpen } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Tooltip } from '@/app/_components/ui';
import { useCallback, useEffect, useState } from 'react';

export const SIDE_PANEL_KEY = 'wb:sidePanel';
export const SIDE_PANEL_ID = 'editor-side-panel';

export function useSidePanelOpen(): [boolean, () => void] {
  const [open, setOpen] = useState(true);
  useEffect(() => {
    try {
      // The server renders it open; the stored choice is read once mounted (no hydration mismatch).
      // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
      if (localStorage.getItem(SIDE_PANEL_KEY) === 'closed') setOpen(false);
    } catch {
      /* storage blocked: stays open */
    }
  }, []);
  const toggle = useCallback(
    () =>
      setOpen((o) => {
        try {
          localStorage.setItem(SIDE_PANEL_KEY, o ? 'closed' : 'open');
        } catch {
          /* not remembered */
        }
        return !o;
      }),
    [],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyB') {
        e.preventDefault();
        toggle();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);
  return [open, toggle];
}

export function SidePanelToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const t = useTranslations('layout');
  const label = open ? t('hidePanel') : t('showPanel');
  return (
    <Tooltip content={`${label} (Alt+B)`}>
      <button
        type="button"
        className="secondary small panel-toggle ui-icon-btn"
        aria-label={label}
        aria-expanded={open}
        aria-controls={SIDE_PANEL_ID}
        aria-keyshortcuts="Alt+B"
        onMouseDown={(e) => e.preventDefault()}
        onClick={onToggle}
        data-testid="side-panel-toggle"
      >
        {open ? <PanelRightClose aria-hidden="true" size={16} /> : <PanelRightOpen aria-hidden="true" size={16} />}
      </button>
    </Tooltip>
  );
}
