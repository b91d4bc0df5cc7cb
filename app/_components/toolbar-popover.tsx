'use client';
// A toolbar button that opens a panel under it (a <details>, so it works with the keyboard and
// without JavaScript). The panel is moved back inside the viewport when it would leave it
// (lib/ui/popover.ts): at 1,024 px the pre-translate panel was cut off on the left. Escape closes it.
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { shiftIntoView } from '@/lib/ui/popover';

export function ToolbarPopover({ summary, children, testId }: { summary: ReactNode; children: ReactNode; testId?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const fit = useCallback(() => {
    const panel = ref.current?.open ? ref.current.querySelector<HTMLElement>(':scope > .popover-panel') : null;
    if (!panel) return;
    panel.style.transform = '';
    const r = panel.getBoundingClientRect();
    const dx = shiftIntoView(r.left, r.width, document.documentElement.clientWidth);
    if (dx) panel.style.transform = `translateX(${dx}px)`;
  }, []);
  useEffect(() => {
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [fit]);
  return (
    <details ref={ref} className="toolbar-details" data-testid={testId} onToggle={fit}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && ref.current?.open) {
          ref.current.open = false;
          ref.current.querySelector('summary')?.focus();
        }
      }}>
      <summary>{summary}</summary>
      <div className="popover-panel">{children}</div>
    </details>
  );
}
