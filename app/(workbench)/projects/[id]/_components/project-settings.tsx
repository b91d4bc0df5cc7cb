'use client';
// Project settings for owners: QA checks switched off (or on, for those off by default), the QA
// checklist, the expected speech level, DeepL formality, reviewer edits, quality threshold.
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { call, type CallResult } from '@/app/_components/api-client/client';
import { CHECK_IDS, CHECK_LABELS, DEFAULT_OFF_CHECKS, SPEECH_LEVEL_SETTINGS } from '@/lib/qa';
import { useErrorText } from '@/app/_components/use-error-text';
import { QaChecklist } from './qa-checklist';

type Settings = CallResult<'getProjectSettings'>;

export function ProjectSettings({ projectId, initial }: { projectId: string; initial: Settings }) {
  const t = useTranslations('projectSettings');
  const errorText = useErrorText();
  const locale = useLocale() === 'ko' ? 'ko' : 'en';
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save(patch: Partial<Settings>) {
    setError(null);
    try {
      setSettings(await call('updateProjectSettings', { params: { id: projectId }, body: patch }));
      setStatus(t('saved'));
    } catch (err) {
      setError(errorText(err));
    }
  }

  return (
    <details className="card">
      <summary>{t('title')}</summary>
      <fieldset>
        <legend>{t('qaChecks')}</legend>
        {CHECK_IDS.map((id) => (
          <label key={id} className="row small" style={{ margin: 0 }}>
            {/* A check that is off by default (uppercase) is switched on in qaEnabledChecks. */}
            {DEFAULT_OFF_CHECKS.includes(id) ? (
              <input
                type="checkbox"
                checked={settings.qaEnabledChecks.includes(id)}
                onChange={(e) =>
                  save({
                    qaEnabledChecks: e.target.checked
                      ? [...settings.qaEnabledChecks, id]
                      : settings.qaEnabledChecks.filter((c) => c !== id),
                  })
                }
              />
            ) : (
              <input
                type="checkbox"
                checked={!settings.qaDisabledChecks.includes(id)}
                onChange={(e) =>
                  save({
                    qaDisabledChecks: e.target.checked
                      ? settings.qaDisabledChecks.filter((c) => c !== id)
                      : [...settings.qaDisabledChecks, id],
                  })
                }
              />
            )}
            {CHECK_LABELS[id][locale]}
          </label>
        ))}
      </fieldset>
      <QaChecklist projectId={projectId} />
      <div className="row" style={{ marginTop: '.75rem' }}>
        <label className="row" style={{ margin: 0 }}>
          {t('speechLevel')}
          <select value={settings.qaSpeechLevel} onChange={(e) => save({ qaSpeechLevel: e.target.value as Settings['qaSpeechLevel'] })}>
            {SPEECH_LEVEL_SETTINGS.map((v) => (
              <option key={v} value={v}>
                {t(`speechLevel_${v}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="row" style={{ margin: 0 }}>
          {t('formality')}
          <select value={settings.formality} onChange={(e) => save({ formality: e.target.value as Settings['formality'] })}>
            <option value="default">{t('formalityDefault')}</option>
            <option value="prefer_more">{t('formalityMore')}</option>
            <option value="prefer_less">{t('formalityLess')}</option>
          </select>
        </label>
        <label className="row" style={{ margin: 0 }}>
          <input type="checkbox" checked={settings.reviewersMayEdit} onChange={(e) => save({ reviewersMayEdit: e.target.checked })} />{' '}
          {t('reviewersMayEdit')}
        </label>
        <label className="row" style={{ margin: 0 }}>
          {t('threshold')}
          <input
            type="number"
            min={0}
            max={100}
            defaultValue={settings.qualityThreshold}
            style={{ width: '5rem' }}
            onBlur={(e) => save({ qualityThreshold: Number(e.target.value) })}
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
    </details>
  );
}
