'use client';
// The fields of a glossary entry, shared by the "add entry" form and a row being edited. Names match
// termFields() in use-glossary.ts (Radix Select and Checkbox submit through hidden inputs).
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Checkbox, Input, Select } from '@/app/_components/ui';
import { KINDS, type TermKind } from './use-glossary';

export interface TermDefaults {
  source?: string;
  target?: string;
  kind?: TermKind;
  note?: string;
  caseSensitive?: boolean;
}

/** With `idPrefix` each field has a visible label (the new-entry form); without, aria-labels (a table row). */
export function TermFields({ idPrefix, defaults = {} }: { idPrefix?: string; defaults?: TermDefaults }) {
  const t = useTranslations('glossary');
  const [kind, setKind] = useState<string>(defaults.kind ?? 'TERM');
  const [caseSensitive, setCaseSensitive] = useState(defaults.caseSensitive ?? false);
  const options = KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }));
  const field = (name: string, label: string, control: React.ReactNode) =>
    idPrefix ? (
      <div className="ui-field">
        <label htmlFor={`${idPrefix}-${name}`}>{label}</label>
        {control}
      </div>
    ) : (
      control
    );
  const id = (name: string) => (idPrefix ? `${idPrefix}-${name}` : undefined);
  const aria = (label: string) => (idPrefix ? undefined : label);
  return (
    <>
      {field(
        'source',
        t('source'),
        <Input id={id('source')} name="source" defaultValue={defaults.source} aria-label={aria(t('source'))} lang="en" required />,
      )}
      {field(
        'target',
        t('target'),
        <Input id={id('target')} name="target" defaultValue={defaults.target} aria-label={aria(t('target'))} lang="ko" />,
      )}
      {field(
        'kind',
        t('kind'),
        <Select id={id('kind')} name="kind" value={kind} onValueChange={setKind} options={options} label={aria(t('kind'))} />,
      )}
      {field('note', t('note'), <Input id={id('note')} name="note" defaultValue={defaults.note} aria-label={aria(t('note'))} />)}
      <Checkbox
        id={id('case')}
        name="caseSensitive"
        checked={caseSensitive}
        onCheckedChange={setCaseSensitive}
        label={t('caseSensitive')}
      />
    </>
  );
}
