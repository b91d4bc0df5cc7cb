'use client';
// Filters (state, origin), search (source/target, plain or regex, case), jump to a segment number,
// and the buttons that open replace and the shortcut list.
import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { SEGMENT_STATES } from '@/lib/workflow/segment-states';
import type { Filters } from './filters';

interface Props {
  filters: Filters;
  onChange: (f: Filters) => void;
  shown: number;
  total: number;
  error: string | null;
  onJump: (n: number) => void;
  onReplace: () => void;
  onHelp: () => void;
  /** Other features' toolbar items (the pre-translate panel mounts here). */
  extra?: ReactNode;
}

export function FilterBar({ filters, onChange, shown, total, error, onJump, onReplace, onHelp, extra }: Props) {
  const t = useTranslations('editor');
  const ts = useTranslations('states');
  const to = useTranslations('origins');
  const tf = useTranslations('editorFlags');
  const [jump, setJump] = useState('');
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <div className="filter-bar" role="search" aria-label={t('filtersLabel')}>
      <label className="inline">
        {t('filterState')}
        <select aria-label={t('filterState')} value={filters.state} onChange={(e) => set({ state: e.target.value as Filters['state'] })}>
          <option value="all">{t('all')}</option>
          <option value="unconfirmed">{t('unconfirmed')}</option>
          {SEGMENT_STATES.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        {t('filterOrigin')}
        <select
          aria-label={t('filterOrigin')}
          value={filters.origin}
          onChange={(e) => set({ origin: e.target.value as Filters['origin'] })}
        >
          <option value="all">{t('all')}</option>
          <option value="none">{t('noOrigin')}</option>
          {(['HUMAN', 'TM', 'MT', 'ALIGNED'] as const).map((o) => (
            <option key={o} value={o}>
              {to(o)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        {tf('show')}
        <select aria-label={tf('show')} value={filters.flag ?? 'all'} onChange={(e) => set({ flag: e.target.value as Filters['flag'] })}>
          <option value="all">{t('all')}</option>
          <option value="qa">{tf('qa')}</option>
          <option value="annotations">{tf('annotations')}</option>
        </select>
      </label>
      <label className="inline">
        {t('search')}
        <input
          type="search"
          aria-label={t('search')}
          value={filters.query}
          onChange={(e) => set({ query: e.target.value })}
          aria-invalid={error ? true : undefined}
        />
      </label>
      <label className="inline">
        {t('searchIn')}
        <select aria-label={t('searchInLabel')} value={filters.scope} onChange={(e) => set({ scope: e.target.value as Filters['scope'] })}>
          <option value="both">{t('sourceAndTarget')}</option>
          <option value="source">{t('source')}</option>
          <option value="target">{t('target')}</option>
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={filters.regex} onChange={(e) => set({ regex: e.target.checked })} /> {t('regex')}
      </label>
      <label className="check">
        <input type="checkbox" checked={filters.caseSensitive} onChange={(e) => set({ caseSensitive: e.target.checked })} />{' '}
        {t('caseSensitive')}
      </label>
      <span className="muted" data-testid="shown-count">
        {t('shown', { shown, total })}
      </span>
      {error && (
        <span className="error small" role="alert">
          {error}
        </span>
      )}
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(jump);
          if (n > 0) onJump(n);
        }}
      >
        <label className="inline">
          {t('jumpTo')}
          <input
            type="number"
            aria-label={t('jumpTo')}
            min={1}
            max={total}
            value={jump}
            onChange={(e) => setJump(e.target.value)}
            style={{ width: '6rem' }}
          />
        </label>
        <button type="submit" className="secondary small">
          {t('go')}
        </button>
      </form>
      <button type="button" className="secondary small" onClick={onReplace}>
        {t('replace')}
      </button>
      <button type="button" className="secondary small" onClick={onHelp} aria-keyshortcuts="Alt+H">
        {t('shortcuts')}
      </button>
      <span className="toolbar-slot">{extra}</span>
    </div>
  );
}
