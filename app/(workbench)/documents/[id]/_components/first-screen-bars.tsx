'use client';
// The bars above the rows in the server-rendered first screen (first-screen.tsx), drawn as the
// editor draws them when it opens, and inert until it does: the toolbar itself (on the first
// screen's store; the pre-translate popover as its closed button only, so its panel is not mounted
// twice) and, for reviewers and owners, the bulk review bar with nothing selected. Same height,
// same wrapping, so the rows below do not move when the editor replaces them.
import { useTranslations } from 'next-intl';
import { TooltipProvider } from '@/app/_components/ui';
import { EditorToolbar } from './editor-toolbar';
import type { EditorStore } from './editor-store';
import { NO_FILTERS } from './filters';

const noop = () => {};

export function FirstScreenToolbar({ store, review, pretranslate }: { store: EditorStore; review: boolean; pretranslate: boolean }) {
  const t = useTranslations('editor');
  return (
    <TooltipProvider>
      <div inert aria-hidden="true">
        <EditorToolbar
          store={store}
          qaCounts={null}
          filters={NO_FILTERS}
          onFilters={noop}
          shown={store.order.length}
          filterError={null}
          onJump={noop}
          onReplace={noop}
          onHelp={noop}
          extra={
            pretranslate && (
              <details className="toolbar-details">
                <summary>{t('pretranslate')}</summary>
              </details>
            )
          }
          reviewMode={review ? { on: false, set: noop } : undefined}
          people={[]}
          panelOpen
          onTogglePanel={noop}
        />
      </div>
    </TooltipProvider>
  );
}

export function FirstScreenBulk({ shown }: { shown: number }) {
  const t = useTranslations('bulkReview');
  return (
    <section className="bulk-review" aria-hidden="true" inert>
      <div className="row small">
        <span>{t('selected', { count: 0 })}</span>
        <button type="button" className="secondary small">
          {t('selectAll', { count: shown })}
        </button>
        <button type="button" className="small" disabled>
          {t('approve')}
        </button>
        <button type="button" className="secondary small" disabled>
          {t('reject')}
        </button>
        <button type="button" className="secondary small" disabled>
          {t('reopen')}
        </button>
      </div>
      <p className="small" />
    </section>
  );
}
