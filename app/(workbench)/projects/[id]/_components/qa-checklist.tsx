'use client';
// The project's QA checklist for owners (#22): its entries (pattern, literal or regular expression,
// side, message, severity), adding and removing one, and the whole list exported and imported as a
// JSON file ({ "entries": [...] }, or a bare array). The server compiles every pattern (RE2) and
// refuses an invalid one, naming the entry; nothing is saved then.
import { useTranslations } from 'next-intl';
import { QaChecklistForm } from './qa-checklist-form';
import { useQaChecklist } from './use-qa-checklist';

export function QaChecklist({ projectId }: { projectId: string }) {
  const t = useTranslations('projectSettings');
  const { entries, status, error, put, exportJson, importJson } = useQaChecklist(projectId);
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
      <QaChecklistForm onAdd={(draft) => put([...entries, draft])} />
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
