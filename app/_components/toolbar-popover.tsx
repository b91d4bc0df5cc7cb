'use client';
// A toolbar button that opens a panel under it (a <details>, so it works with the keyboard and
// without JavaScript). Open, the panel is placed in viewport coordinates under its button and kept
// inside the screen (lib/ui/popover.ts): at 1,024 px the pre-translate panel was cut off on the left,
// and on a phone it ran off the right. Escape closes it and returns to the button.
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { placeBelow } from '@/lib/ui/popover';
import { usePaletteCommand, type PaletteCommand } from './shell/use-palette-command';

export function ToolbarPopover({
  summary,
  children,
  testId,
  command,
}: {
  summary: ReactNode;
  children: ReactNode;
  testId?: string;
  /** The palette action that opens this panel (its first control gets the focus). */
  command?: { documentId: string; name: PaletteCommand };
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  usePaletteCommand(command?.documentId ?? null, command?.name ?? 'pretranslate', () => {
    const details = ref.current;
    if (!command || !details) return;
    details.open = true;
    setTimeout(() => details.querySelector<HTMLElement>('.popover-panel button, .popover-panel input, .popover-panel select')?.focus(), 0);
  });
  const fit = useCallback(() => {
    const details = ref.current;
    const panel = details?.open ? details.querySelector<HTMLElement>(':scope > .popover-panel') : null;
    const button = details?.querySelector('summary');
    if (!panel || !button) return;
    const vw = document.documentElement.clientWidth;
    const width = Math.min(520, vw - 16);
    const anchor = button.getBoundingClientRect();
    // Right-aligned with the button when there is room, as before; placeBelow keeps it on the screen.
    const start = { left: anchor.right - width, top: anchor.top, width, height: anchor.height };
    const { left, top } = placeBelow(
      start,
      { width, height: Math.min(panel.scrollHeight, window.innerHeight * 0.7) },
      { width: vw, height: window.innerHeight },
    );
    Object.assign(panel.style, {
      position: 'fixed',
      left: `${left}px`,
      top: `${top}px`,
      right: 'auto',
      width: `${width}px`,
      maxHeight: `${Math.max(160, window.innerHeight - top - 8)}px`,
    });
  }, []);
  useEffect(() => {
    window.addEventListener('resize', fit);
    window.addEventListener('scroll', fit, true);
    return () => {
      window.removeEventListener('resize', fit);
      window.removeEventListener('scroll', fit, true);
    };
  }, [fit]);
  return (
    <details
      ref={ref}
      className="toolbar-details"
      data-testid={testId}
      onToggle={fit}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && ref.current?.open) {
          ref.current.open = false;
          ref.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary>{summary}</summary>
      <div className="popover-panel">{children}</div>
    </details>
  );
}
