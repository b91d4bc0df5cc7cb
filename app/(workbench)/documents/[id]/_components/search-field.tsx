'use client';
// Search in the rows: the query, where (source, target, both), and two toggles — regular
// expression and match case — beside the field, as code editors have them.
import { CaseSensitive, Regex, Search } from 'lucide-react';
import { useTranslations } from 'next-intl';
import type { Filters } from './filters';

function Toggle({
  label,
  checked,
  onChange,
  icon,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  icon: React.ReactNode;
}) {
  return (
    <label className={`search-toggle${checked ? ' is-on' : ''}`} title={label}>
      <input
        type="checkbox"
        className="search-toggle-input"
        aria-label={label}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span aria-hidden="true">{icon}</span>
    </label>
  );
}

export function SearchField({ filters, onChange, error }: { filters: Filters; onChange: (f: Filters) => void; error: string | null }) {
  const t = useTranslations('editor');
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <div className={`search-field${error ? ' has-error' : ''}`}>
      <Search aria-hidden="true" size={15} className="search-icon" />
      <input
        type="search"
        aria-label={t('search')}
        placeholder={t('search')}
        value={filters.query}
        onChange={(e) => set({ query: e.target.value })}
        aria-invalid={error ? true : undefined}
      />
      <Toggle
        label={t('caseSensitive')}
        checked={filters.caseSensitive}
        onChange={(v) => set({ caseSensitive: v })}
        icon={<CaseSensitive size={16} />}
      />
      <Toggle label={t('regex')} checked={filters.regex} onChange={(v) => set({ regex: v })} icon={<Regex size={15} />} />
      <select aria-label={t('searchInLabel')} value={filters.scope} onChange={(e) => set({ scope: e.target.value as Filters['scope'] })}>
        <option value="both">{t('sourceAndTarget')}</option>
        <option value="source">{t('source')}</option>
        <option value="target">{t('target')}</option>
      </select>
    </div>
  );
}
