'use client';
// A name's or term's Korean form in a popover over the rows' highlighted terms (mark.term): shown on
// hover, on keyboard focus (the marks are focusable) and on a tap, placed inside the screen
// (lib/ui/popover.ts); Escape, a tap elsewhere or scrolling closes it. Replaces the plain title tooltip.
import { useTranslations } from 'next-intl';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { placeBelow } from '@/lib/ui/popover';
import type { EditorTerm } from './types';

type Mode = 'hover' | 'focus' | 'pinned';
interface Open {
  termId: string;
  hit: string | null;
  anchor: DOMRect;
  mode: Mode;
  el: HTMLElement;
}

export const TERM_POPOVER_ID = 'term-popover';
const markOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLElement>('mark.term[data-term-id]') : null);

export function TermPopover({ terms }: { terms: EditorTerm[] }) {
  const t = useTranslations('termPopover');
  const tn = useTranslations('names');
  const [open, setOpen] = useState<Open | null>(null);
  const openRef = useRef(open);
  openRef.current = open;
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
  }, []);

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

  const term = open ? terms.find((x) => x.id === open.termId) : undefined;
  if (!open || !term) return null;
  return (
    <div ref={box} id={TERM_POPOVER_ID} role="tooltip" className="term-popover" data-testid="term-popover">
      <span lang="en">{term.source}</span>
      {' → '}
      {term.target ? <strong lang="ko">{term.target}</strong> : <em>{tn('notVetted')}</em>}
      {term.status === 'PROPOSED' && term.target && <span className="badge proposed">{t('proposed')}</span>}
      <span className="muted small term-popover-kind">{t(`kind_${term.kind}`)}</span>
      {!term.target && term.candidates.length > 0 && (
        <span className="muted small">
          {tn('candidates')}:{' '}
          <span lang="ko">
            {term.candidates
              .slice(0, 3)
              .map((c) => c.target)
              .join(', ')}
          </span>
        </span>
      )}
      {open.hit && (
        <span className="muted small">
          {t('insertWith')} <kbd>Ctrl+Shift+{open.hit}</kbd>
        </span>
      )}
    </div>
  );
}
