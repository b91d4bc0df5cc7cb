'use client';
// The term popover's state (term-popover.tsx): which highlighted term (mark.term) it shows and why
// (hover, keyboard focus, or pinned by a tap), listened for on the whole document; Escape, a tap
// elsewhere, scrolling or resizing closes it. The box is placed below its mark inside the screen.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { placeBelow } from '@/lib/ui/popover';
import { useLatest } from './use-latest';

type Mode = 'hover' | 'focus' | 'pinned';
export interface OpenTerm {
  termId: string;
  hit: string | null;
  anchor: DOMRect;
  mode: Mode;
  el: HTMLElement;
}

export const TERM_POPOVER_ID = 'term-popover';
const markOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLElement>('mark.term[data-term-id]') : null);

export function useTermPopover() {
  const [open, setOpen] = useState<OpenTerm | null>(null);
  const openRef = useLatest(open);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const show = (el: HTMLElement, mode: Mode) => {
      const cur = openRef.current;
      if (cur && cur.el === el && (cur.mode === 'pinned' || mode === 'hover')) return;
      cur?.el.removeAttribute('aria-describedby');
      el.setAttribute('aria-describedby', TERM_POPOVER_ID);
      setOpen({ termId: el.dataset.termId!, hit: el.dataset.hit ?? null, anchor: el.getBoundingClientRect(), mode, el });
    };
    const hide = (unless?: Mode) => {
      const cur = openRef.current;
      if (!cur || (unless && cur.mode !== unless)) return;
      cur.el.removeAttribute('aria-describedby');
      setOpen(null);
    };
    const over = (e: Event) => {
      const m = markOf(e.target);
      if (m) show(m, 'hover');
    };
    const out = (e: Event) => {
      if (markOf(e.target) === openRef.current?.el) hide('hover');
    };
    const focusIn = (e: Event) => {
      const m = markOf(e.target);
      if (m) show(m, 'focus');
    };
    const focusOut = (e: Event) => {
      if (markOf(e.target) === openRef.current?.el) hide('focus');
    };
    const click = (e: Event) => {
      const m = markOf(e.target);
      if (m) show(m, 'pinned');
      else if (!box.current?.contains(e.target as Node)) hide();
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && openRef.current) hide();
    };
    const gone = () => hide();
    const on: [string, EventListener, boolean?][] = [
      ['mouseover', over],
      ['mouseout', out],
      ['focusin', focusIn],
      ['focusout', focusOut],
      ['click', click],
      ['keydown', key as EventListener],
      ['scroll', gone, true],
      ['resize', gone],
    ];
    for (const [type, fn, capture] of on) (type === 'resize' ? window : document).addEventListener(type, fn, capture);
    return () => {
      for (const [type, fn, capture] of on) (type === 'resize' ? window : document).removeEventListener(type, fn, capture);
    };
  }, [openRef]);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el || !open) return;
    const { left, top } = placeBelow(
      open.anchor,
      { width: el.offsetWidth, height: el.offsetHeight },
      { width: document.documentElement.clientWidth, height: window.innerHeight },
    );
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
  }, [open]);

  return { open, box };
}
