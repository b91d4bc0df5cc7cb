'use client';
// The web edition's reader script (a client component: Next.js ships it with the page's CSP nonce;
// nothing inline). It only enhances the server-rendered article (lib/publish/render.ts):
//  - sentence links: every sentence carrying data-s="<paragraph>.<link>" becomes focusable, and
//    hovering, tapping or focusing it highlights the sentences of the same link (its counterpart) in
//    the side-by-side and the interleaved phone layouts alike;
//  - a "sentence by sentence" view, built from clones of the same sentences, one linked pair under
//    the other (sentence-view.ts);
//  - note popovers (native popover, which already opens with keyboard or touch and closes with
//    Escape) are placed next to their marker on wide screens.
// Without JavaScript the page is plain paragraphs, the notes open centred, the notes section works.
// Everything is built with DOM methods from the page's own (already escaped) nodes: no HTML strings.
import { useEffect } from 'react';
import { viewControls } from './sentence-view';

const HL = 's-hl';

function keyOf(el: EventTarget | null): { key: string; scope: Element } | null {
  const s = el instanceof Element ? el.closest<HTMLElement>('.s[data-s]') : null;
  const scope = s?.closest('.pair');
  return s && scope ? { key: s.dataset.s!, scope } : null;
}

function highlight(article: Element, target: { key: string; scope: Element } | null) {
  for (const el of article.querySelectorAll(`.${HL}`)) el.classList.remove(HL);
  if (!target) return;
  for (const el of target.scope.querySelectorAll(`.s[data-s="${CSS.escape(target.key)}"]`)) el.classList.add(HL);
}

function placePopover(pop: HTMLElement) {
  const ref = document.querySelector<HTMLElement>(`[popovertarget="${CSS.escape(pop.id)}"]`);
  if (!ref || window.innerWidth < 480) {
    pop.classList.remove('placed');
    return;
  }
  const r = ref.getBoundingClientRect();
  pop.classList.add('placed');
  const width = Math.min(pop.offsetWidth || 384, window.innerWidth - 16);
  pop.style.left = `${Math.max(8, Math.min(r.left - 16, window.innerWidth - width - 8))}px`;
  const below = r.bottom + 6;
  const height = pop.offsetHeight;
  pop.style.top = `${below + height > window.innerHeight - 8 && r.top - height - 6 > 8 ? r.top - height - 6 : below}px`;
}

export function EditionReader() {
  useEffect(() => {
    const article = document.querySelector<HTMLElement>('article.edition');
    const body = article?.querySelector('.ed-body');
    if (!article || !body) return;
    article.classList.add('ed-js');
    const sentences = article.querySelectorAll<HTMLElement>('.s[data-s]');
    let controls: HTMLElement | null = null;
    if (sentences.length) {
      for (const s of sentences) s.tabIndex = 0;
      controls = viewControls(article, body);
      body.before(controls);
    }
    let pinned: { key: string; scope: Element } | null = null;
    const over = (e: Event) => highlight(article, keyOf(e.target) ?? pinned);
    const out = (e: Event) => {
      const next = (e as MouseEvent | FocusEvent).relatedTarget;
      if (!keyOf(next)) highlight(article, pinned);
    };
    const tap = (e: Event) => {
      pinned = keyOf(e.target);
      highlight(article, pinned);
    };
    article.addEventListener('mouseover', over);
    article.addEventListener('focusin', over);
    article.addEventListener('mouseout', out);
    article.addEventListener('focusout', out);
    article.addEventListener('click', tap);
    const pops = article.querySelectorAll<HTMLElement>('.note-pop[popover]');
    const onToggle = (e: Event) => {
      if ((e as ToggleEvent).newState === 'open') placePopover(e.target as HTMLElement);
    };
    for (const p of pops) p.addEventListener('toggle', onToggle);
    return () => {
      article.classList.remove('ed-js', 'sxs-view');
      controls?.remove();
      for (const s of sentences) s.removeAttribute('tabindex');
      article.removeEventListener('mouseover', over);
      article.removeEventListener('focusin', over);
      article.removeEventListener('mouseout', out);
      article.removeEventListener('focusout', out);
      article.removeEventListener('click', tap);
      for (const p of pops) p.removeEventListener('toggle', onToggle);
    };
  }, []);
  return null;
}
