'use client';
// The pre-translation panel's choices before a job runs (pretranslate-panel.tsx): scope, formality
// (when DeepL is on), the estimate button, the start button once estimated, and the estimate itself.
// Any change of choice drops the estimate.
import { useTranslations } from 'next-intl';
import type { Estimate, Formality, Scope, Status } from './use-pretranslate-job';

export function PretranslateOptions({
  status,
  scope,
  setScope,
  formality,
  setFormality,
  estimate,
  setEstimate,
  busy,
  run,
}: {
  status: Status | null;
  scope: Scope;
  setScope: (s: Scope) => void;
  formality: Formality;
  setFormality: (f: Formality) => void;
  estimate: Estimate | null;
  setEstimate: (e: Estimate | null) => void;
  busy: boolean;
  run: (dryRun: boolean) => Promise<void>;
}) {
  const t = useTranslations('pretranslate');
  return (
    <>
      <fieldset className="row" style={{ border: 0, padding: 0, margin: '0 0 .5rem' }}>
        <legend className="muted" style={{ padding: 0 }}>
          {t('scope')}
        </legend>
        <label>
          <input
            type="radio"
            name="pt-scope"
            value="empty"
            checked={scope === 'empty'}
            onChange={() => {
              setScope('empty');
              setEstimate(null);
            }}
          />{' '}
          {t('scopeEmpty')}
        </label>
        <label>
          <input
            type="radio"
            name="pt-scope"
            value="machine"
            checked={scope === 'machine'}
            onChange={() => {
              setScope('machine');
              setEstimate(null);
            }}
          />{' '}
          {t('scopeMachine')}
        </label>
      </fieldset>
      <p className="muted small" style={{ margin: '0 0 .5rem' }}>
        {t('humanSafe')}
      </p>
      {status?.mtEnabled && (
        <label className="row" style={{ marginBottom: '.5rem' }}>
          {t('formality')}
          <select
            value={formality}
            onChange={(e) => {
              setFormality(e.target.value as Formality);
              setEstimate(null);
            }}
          >
            <option value="default">{t('formalityDefault')}</option>
            <option value="prefer_more">{t('formalityMore')}</option>
            <option value="prefer_less">{t('formalityLess')}</option>
          </select>
        </label>
      )}
      <div className="row">
        <button type="button" className="secondary" disabled={busy} onClick={() => run(true)}>
          {t('estimate')}
        </button>
        {estimate && (
          <button type="button" disabled={busy || estimate.segments === 0} onClick={() => run(false)}>
            {t('start')}
          </button>
        )}
      </div>
      {estimate && (
        <p data-testid="pretranslate-estimate" aria-live="polite">
          {estimate.segments === 0
            ? t('nothingToDo')
            : !estimate.mtEnabled
              ? t('estimateNoMt', {
                  segments: estimate.segments,
                  tm: estimate.tmMatches,
                  untranslated: estimate.untranslated ?? estimate.segments - estimate.tmMatches,
                })
              : t('estimateText', {
                  segments: estimate.segments,
                  tm: estimate.tmMatches,
                  mt: estimate.mtSegments,
                  characters: estimate.estimatedCharacters,
                  requests: estimate.requests,
                }) + ((estimate.untranslated ?? 0) > 0 ? ` ${t('estimateTooLong', { count: estimate.untranslated ?? 0 })}` : '')}
        </p>
      )}
    </>
  );
}
