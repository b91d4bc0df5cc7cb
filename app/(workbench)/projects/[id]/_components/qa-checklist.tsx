'use client';
// The project's QA checklist for owners (#22): its entries (pattern, literal or regular expression,
// side, message, severity), adding and removing one, and the whole list exported and imported as a
// JSON file ({ "entries": [...] }, or a bare array). The server compiles every pattern (RE2) and
// refuses an invalid one, naming the entry; nothing is saved then.
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { call, type CallOptions, type CallResult } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';

type Entry = CallResult<'getQaChecklist'>['entries'][number];
const SIDES = ['target', 'source', 'both'] as const;
const BLANK: Entry = { pattern: '', regex: false, side: 'target', message: '', severity: 'warning', caseSensitive: false };

export function QaChecklist({ projectId }: { projectId: string }) {
  const t = useTranslations('projectSettings');
  const errorText = useErrorText();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [draft, setDraft] = useState<Entry>(BLANK);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('getQaChecklist', { params: { id: projectId } }).then(
      (r) => setEntries(r.entries),
      (err) => setError(errorText(err)),
    );
  }, [projectId, errorText]);

  async function put(next: unknown[]): Promise<boolean> {
    setError(null);
    setStatus(null);
    try {
      // `next` may be an imported file's list: the server validates it and names a bad entry.
      const body = { entries: next } as CallOptions<'putQaChecklist'>['body'];
      setEntries((await call('putQaChecklist', { params: { id: projectId }, body })).entries);
      setStatus(t('checklistSaved'));
      return true;
    } catch (err) {
      setError(errorText(err));
      return false;
    }
  }

  function exportJson() {
    const blob = new Blob([JSON.stringify({ entries }, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'qa-checklist.json';
    a.click();
    URL.revokeObjectURL(a.href);
  }

  async function importJson(file: File) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setError(t('checklistImportInvalid'));
      return;
    }
    const list = Array.isArray(parsed) ? parsed : (parsed as { entries?: unknown } | null)?.entries;
    if (!Array.isArray(list)) {
      setError(t('checklistImportInvalid'));
      return;
    }
    await put(list);
  }

  const set = (patch: Partial<Entry>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <fieldset style={{ marginTop: '.75rem' }}>
      <legend>{t('checklist')}</legend>
      {entries.length === 0 ? (
        <p className="muted small">{t('checklistEmpty')}</p>
      ) : (
        <table className="small">
          <thead>
            <tr>
              <th>{t('checklistPattern')}</th>
              <th>{t('checklistSide')}</th>
              <th>{t('checklistSeverity')}</th>
              <th>{t('checklistMessage')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={`${i}:${e.pattern}`}>
                <td>
                  <code>{e.pattern}</code>
                  {e.regex && <span className="muted"> ({t('checklistRegex')})</span>}
                </td>
                <td>{t(`checklistSide_${e.side}`)}</td>
                <td>{t(`checklistSeverity_${e.severity}`)}</td>
                <td>{e.message}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => put(entries.filter((_, j) => j !== i))}
                    aria-label={t('checklistRemove', { pattern: e.pattern })}
                  >
                    {t('checklistRemoveShort')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="row"
        style={{ flexWrap: 'wrap', marginTop: '.5rem' }}
        onSubmit={async (ev) => {
          ev.preventDefault();
          if (await put([...entries, draft])) setDraft(BLANK);
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
      <div className="row" style={{ marginTop: '.5rem' }}>
        <button type="button" onClick={exportJson}>
          {t('checklistExport')}
        </button>
        <label className="row" style={{ margin: 0 }}>
          {t('checklistImport')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void importJson(f);
            }}
          />
        </label>
      </div>
      {status && (
        <p role="status" className="muted">
          {status}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
