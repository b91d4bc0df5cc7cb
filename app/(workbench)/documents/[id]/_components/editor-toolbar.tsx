'use client';
// The editor's one compact toolbar: progress and QA counts, the search group (filters in a
// popover, search with its toggles, jump to a number), then actions as icon buttons with
// tooltips (replace, pre-translate from the page, shortcuts), review mode for reviewers, the save
// state, who else is here, and the side panel's toggle.
import { Keyboard, Replace } from 'lucide-react';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { IconButton } from '@/app/_components/ui';
import type { EditorStore } from './editor-store';
import { FilterBar } from './filter-bar';
import type { Filters } from './filters';
import { ProgressHeader } from './progress-header';
import { QaSummary } from './qa-summary';
import { SaveIndicator } from './save-indicator';
import { SidePanelToggle } from './side-panel-toggle';

export interface ToolbarProps {
  store: EditorStore;
  qaCounts: { errors: number; warnings: number } | null;
  filters: Filters;
  onFilters: (f: Filters) => void;
  shown: number;
  filterError: string | null;
  onJump: (n: number) => void;
  onReplace: () => void;
  onHelp: () => void;
  /** Other features' toolbar items (the pre-translate panel mounts here). */
  extra?: ReactNode;
  /** Reviewers and owners: review mode (Ctrl+Enter approves). */
  reviewMode?: { on: boolean; set: (on: boolean) => void };
  people: string[];
  panelOpen: boolean;
  onTogglePanel: () => void;
}

export function EditorToolbar(p: ToolbarProps) {
  const t = useTranslations('editor');
  const tr = useTranslations('editorReview');
  return (
    <div className="editor-toolbar">
      <div className="toolbar-group toolbar-status">
        <ProgressHeader store={p.store} />
        <QaSummary counts={p.qaCounts} />
      </div>
      <FilterBar
        filters={p.filters}
        onChange={p.onFilters}
        shown={p.shown}
        total={p.store.order.length}
        error={p.filterError}
        onJump={p.onJump}
      />
      <div className="toolbar-group toolbar-actions">
        <IconButton label={t('replace')} icon={<Replace size={16} />} onClick={p.onReplace} />
        {p.extra && <span className="toolbar-slot">{p.extra}</span>}
        <IconButton label={t('shortcuts')} icon={<Keyboard size={16} />} onClick={p.onHelp} aria-keyshortcuts="Alt+H" />
        {p.reviewMode && (
          <label className="review-mode">
            <input type="checkbox" checked={p.reviewMode.on} onChange={(e) => p.reviewMode!.set(e.target.checked)} /> {tr('reviewMode')}
          </label>
        )}
      </div>
      <div className="toolbar-group toolbar-end">
        <SaveIndicator store={p.store} />
        {p.people.length > 0 && (
          <span className="presence" data-testid="presence">
            {t('presence', { names: p.people.join(', ') })}
          </span>
        )}
        <SidePanelToggle open={p.panelOpen} onToggle={p.onTogglePanel} />
      </div>
    </div>
  );
}
