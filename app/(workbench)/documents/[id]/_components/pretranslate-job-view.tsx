'use client';
// The pre-translation job as the panel shows it (pretranslate-panel.tsx): progress bar and state,
// cancel / resume, DeepL retries, billed characters, the error, the result and its QA warnings.
import { useFormatter, useTranslations } from 'next-intl';
import { TIME } from '@/lib/ui/i18n/date-time';
import { ACTIVE, type Job } from './use-pretranslate-job';

export function PretranslateJobView({ job, busy, act }: { job: Job; busy: boolean; act: (action: 'cancel' | 'resume') => Promise<void> }) {
  const t = useTranslations('pretranslate');
  const format = useFormatter();
  const pct = job.total > 0 ? Math.round((100 * job.done) / job.total) : 0;
  return (
    <div data-testid="pretranslate-job" data-state={job.state} style={{ marginTop: '.5rem' }}>
      <div className="row">
        <div
          className="progress"
          role="progressbar"
          aria-label={t('progressLabel')}
          aria-valuemin={0}
          aria-valuemax={job.total}
          aria-valuenow={job.done}
          style={{ flex: 1 }}
        >
          <span className="s-TRANSLATED" style={{ width: `${pct}%`, transition: 'width .3s' }} />
        </div>
        <span className="muted" data-testid="pretranslate-progress">
          {t('progress', { done: job.done, total: job.total })}
        </span>
        <span className={`badge job-${job.state}`} data-testid="pretranslate-state">
          {t(`state.${job.state}`)}
        </span>
      </div>
      <div className="row" style={{ marginTop: '.5rem' }}>
        {(ACTIVE.includes(job.state) || job.state === 'paused') && (
          <button type="button" className="danger" disabled={busy} onClick={() => act('cancel')}>
            {t('cancel')}
          </button>
        )}
        {(job.state === 'paused' || job.state === 'failed') && (
          <button type="button" disabled={busy} onClick={() => act('resume')}>
            {t('resume')}
          </button>
        )}
      </div>
      {job.retrying && job.state === 'running' && (
        <p className="warning" role="status" data-testid="pretranslate-retrying">
          {t('retrying', {
            attempt: job.retrying.attempt,
            reason: job.retrying.reason,
            time: format.dateTime(new Date(job.retrying.nextAt), TIME),
          })}
        </p>
      )}
      {(job.billedCharacters ?? 0) > 0 && (
        <p className="muted" data-testid="pretranslate-billed">
          {t('billed', { billed: job.billedCharacters ?? 0, estimated: job.estimatedCharacters ?? 0 })}
        </p>
      )}
      {job.error && (
        <p className="error" role="alert">
          {job.error}
        </p>
      )}
      {job.result && job.state === 'done' && (
        <p className="muted">
          {t('result', { tm: job.result.tm, mt: job.result.mt })}
          {job.result.mtDisabled ? ` ${t('resultNoMt')}` : ''}
        </p>
      )}
      {job.result && job.result.warnings.length > 0 && (
        <div role="status">
          <p className="error">{t('warnings', { count: job.result.warnings.length })}</p>
          <ul>
            {job.result.warnings.slice(0, 50).map((w) => (
              <li key={w.segmentId}>
                <a href={`#s${w.position + 1}`}>{t('segment', { n: w.position + 1 })}</a>:{' '}
                {w.qa.map((q) => t('lostName', { term: q.term, expected: q.expected })).join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
