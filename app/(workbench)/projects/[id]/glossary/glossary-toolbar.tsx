'use client';
// The glossary's search row: text search, kind filter, and a menu of export formats (CSV, TBX, JSON) and import.
import { ChevronDown, Download, Upload } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { urlOf } from '@/app/_components/api-client/client';
import { Button, DropdownMenu, Input, MenuItem, Select } from '@/app/_components/ui';
import { KINDS } from './use-glossary';

const ALL = 'all'; // Radix Select needs a non-empty value for "every kind".
const FORMATS = ['csv', 'tbx', 'json'] as const;

export function GlossaryToolbar({
  projectId,
  canEdit,
  q,
  setQ,
  kind,
  setKind,
  onImport,
}: {
  projectId: string;
  canEdit: boolean;
  q: string;
  setQ: (q: string) => void;
  kind: string;
  setKind: (k: string) => void;
  onImport: (file: File) => void;
}) {
  const t = useTranslations('glossary');
  const fileRef = useRef<HTMLInputElement>(null);
  const kindOptions = [{ value: ALL, label: t('all') }, ...KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))];
  return (
    <div className="ui-card glossary-toolbar row" role="search">
      <div className="ui-field">
        <label htmlFor="g-search">{t('search')}</label>
        <Input id="g-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      <div className="ui-field">
        <label htmlFor="g-kind">{t('kind')}</label>
        <Select id="g-kind" value={kind || ALL} onValueChange={(v) => setKind(v === ALL ? '' : v)} options={kindOptions} />
      </div>
      <span className="spacer" style={{ flex: 1 }} />
      <DropdownMenu
        trigger={
          <Button variant="secondary">
            <Download size={14} aria-hidden="true" /> {t('export')} <ChevronDown size={14} aria-hidden="true" />
          </Button>
        }
      >
        {FORMATS.map((f) => (
          <MenuItem key={f} asChild>
            <a className="ui-menu-row" href={urlOf('exportTerms', { id: projectId }, { format: f })}>
              {t('export')} {f.toUpperCase()}
            </a>
          </MenuItem>
        ))}
      </DropdownMenu>
      {canEdit && (
        <Button variant="secondary" onClick={() => fileRef.current?.click()}>
          <Upload size={14} aria-hidden="true" /> {t('import')}
        </Button>
      )}
      {canEdit && (
        <input
          ref={fileRef}
          type="file"
          accept=".csv,.tbx,.xml,text/csv"
          tabIndex={-1}
          aria-hidden="true"
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onImport(file);
          }}
        />
      )}
    </div>
  );
}
