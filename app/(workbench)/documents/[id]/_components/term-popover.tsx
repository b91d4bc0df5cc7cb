'use client';
// A name's or term's Korean form in a popover over the rows' highlighted terms (mark.term): shown on
// hover, on keyboard focus (the marks are focusable) and on a tap, placed inside the screen
// (lib/ui/popover.ts); Escape, a tap elsewhere or scrolling closes it. Replaces the plain title tooltip.
// State and listeners: use-term-popover.ts.
import { useTranslations } from 'next-intl';
import type { EditorTerm } from './types';
import { TERM_POPOVER_ID, useTermPopover } from './use-term-popover';

export { TERM_POPOVER_ID };

export function TermPopover({ terms }: { terms: EditorTerm[] }) {
  const t = useTranslations('termPopover');
  const tn = useTranslations('names');
  const { open, box } = useTermPopover();

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
