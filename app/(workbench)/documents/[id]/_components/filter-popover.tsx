'use client';
// The row filters (state, origin, QA issues or open comments) behind one toolbar button; the
// button says how many are on.
import { ListFilter } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Popover } from '@/app/_components/ui';
import { SEGMENT_STATES } from '@/lib/workflow/segment-states';
import type { Filters } from './filters';

export function FilterPopover({ filters, onChange }: { filters: Filters; onChange: (f: Filters) => void }) {
  const t = useTranslations('editor');
  const ts = useTranslations('states');
  const to = useTranslations('origins');
  const tf = useTranslations('editorFlags');
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const on = [filters.state !== 'all', filters.origin !== 'all', (filters.flag ?? 'all') !== 'all'].filter(Boolean).length;
  const trigger = (
    <button type="button" className={`secondary small tool-button${on ? ' is-on' : ''}`} data-testid="filters-button">
      <ListFilter aria-hidden="true" size={15} />
      {t('filters')}
      {on > 0 && <span className="tool-count">{on}</span>}
    </button>
  );
  return (
    <Popover trigger={trigger} label={t('filters')} className="filter-popover">
      <div className="filter-fields">
        <label>
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
        <label>
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
        <label>
          {tf('show')}
          <select aria-label={tf('show')} value={filters.flag ?? 'all'} onChange={(e) => set({ flag: e.target.value as Filters['flag'] })}>
            <option value="all">{t('all')}</option>
            <option value="qa">{tf('qa')}</option>
            <option value="annotations">{tf('annotations')}</option>
          </select>
        </label>
      </div>
    </Popover>
  );
}
