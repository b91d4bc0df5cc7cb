'use client';
// The form adding one entry to the QA checklist (#22): pattern, literal or regular expression, side,
// severity, message. The draft is cleared only when the server saved the list with it.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Entry } from './use-qa-checklist';

const SIDES = ['target', 'source', 'both'] as const;
const BLANK: Entry = { pattern: '', regex: false, side: 'target', message: '', severity: 'warning', caseSensitive: false };

export function QaChecklistForm({ onAdd }: { onAdd: (entry: Entry) => Promise<boolean> }) {
  const t = useTranslations('projectSettings');
  const [draft, setDraft] = useState<Entry>(BLANK);
  const set = (patch: Partial<Entry>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form
      className="row"
      style={{ flexWrap: 'wrap', marginTop: '.5rem' }}
      onSubmit={async (ev) => {
        ev.preventDefault();
        if (await onAdd(draft)) setDraft(BLANK);
      }}
    >
      <label className="row" style={{ margin: 0 }}>
        {t('checklistPattern')}
        <input value={draft.pattern} onChange={(e) => set({ pattern: e.target.value })} required maxLength={500} />
      </label>
      <label className="row" style={{ margin: 0 }}>
        <input type="checkbox" checked={draft.regex} onChange={(e) => set({ regex: e.target.checked })} /> {t('checklistRegex')}
      </label>
      <label className="row" style={{ margin: 0 }}>
        {t('checklistSide')}
        <select value={draft.side} onChange={(e) => set({ side: e.target.value as Entry['side'] })}>
          {SIDES.map((s) => (
            <option key={s} value={s}>
              {t(`checklistSide_${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="row" style={{ margin: 0 }}>
        {t('checklistSeverity')}
        <select value={draft.severity} onChange={(e) => set({ severity: e.target.value as Entry['severity'] })}>
          <option value="warning">{t('checklistSeverity_warning')}</option>
          <option value="error">{t('checklistSeverity_error')}</option>
        </select>
      </label>
      <label className="row" style={{ margin: 0 }}>
        {t('checklistMessage')}
        <input value={draft.message} onChange={(e) => set({ message: e.target.value })} required maxLength={300} />
      </label>
      <button type="submit">{t('checklistAdd')}</button>
    </form>
  );
}
