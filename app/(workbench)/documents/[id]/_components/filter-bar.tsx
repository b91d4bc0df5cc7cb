'use client';
// Filters (behind one button), search (source/target, plain or regex, case), how many rows are
// shown, and going to a segment by number: the toolbar's search group.
import { useTranslations } from 'next-intl';
import { FilterPopover } from './filter-popover';
import type { Filters } from './filters';
import { JumpForm } from './jump-form';
import { SearchField } from './search-field';

interface Props {
  filters: Filters;
  onChange: (f: Filters) => void;
  shown: number;
  total: number;
  error: string | null;
  onJump: (n: number) => void;
}

export function FilterBar({ filters, onChange, shown, total, error, onJump }: Props) {
  const t = useTranslations('editor');
  return (
    <div className="filter-bar" role="search" aria-label={t('filtersLabel')}>
      <FilterPopover filters={filters} onChange={onChange} />
      <SearchField filters={filters} onChange={onChange} error={error} />
      <span className="muted shown-count" data-testid="shown-count">
        {t('shown', { shown, total })}
      </span>
      {error && (
        <span className="error small" role="alert">
          {error}
        </span>
      )}
      <JumpForm total={total} onJump={onJump} />
    </div>
  );
}
