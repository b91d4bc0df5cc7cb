'use client';
// Pre-translation of one document: choose the scope and formality, see the estimate (dry run: how
// many segments come from the memory, how many go to DeepL, how many characters DeepL will bill),
// confirm, then follow the background job (polled every 500 ms) with cancel and resume. Mounted by
// the document editor; self-contained (talks only to the REST API).
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call, type CallResult } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';

type Scope = 'empty' | 'machine';
type Status = CallResult<'pretranslateStatus'>;
type Estimate = CallResult<'pretranslateDocument'>;
type Formality = Status['formality'];
type TJob = CallResult<'getJob'>;
type JobState = TJob['state'];
/** The service's job, or the one the panel draws from the start answer until the first poll. */
type Job = Pick<TJob, 'id' | 'state' | 'done' | 'total' | 'error' | 'result'> & Partial<TJob>;

const ACTIVE: JobState[] = ['queued', 'running'];
const POLL_MS = 500;

export function PretranslatePanel({ documentId, canRun }: { documentId: string; canRun: boolean }) {
  const t = useTranslations('pretranslate');
  const errorText = useErrorText();
  const router = useRouter();
  const [status, setStatus] = useState<Status | null>(null);
  const [scope, setScope] = useState<Scope>('empty');
  const [formality, setFormality] = useState<Formality>('default');
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const poll = useCallback(
    (jobId: string) => {
      if (timer.current) clearTimeout(timer.current);
      const tick = async () => {
        try {
          const j = await call('getJob', { params: { id: jobId } });
          setJob(j);
          if (ACTIVE.includes(j.state)) timer.current = setTimeout(tick, POLL_MS);
          else router.refresh();
        } catch (e) {
          setError(errorText(e));
        }
      };
      void tick();
    },
    [router, errorText],
  );

  useEffect(() => {
    let alive = true;
    call('pretranslateStatus', { params: { id: documentId } })
      .then((s) => {
        if (!alive) return;
        setStatus(s);
        setFormality(s.formality);
        if (s.latestJob) {
          setJob(s.latestJob);
          if (ACTIVE.includes(s.latestJob.state)) poll(s.latestJob.id);
        }
      })
      .catch((e) => setError(errorText(e)));
    return () => {
      alive = false;
      if (timer.current) clearTimeout(timer.current);
    };
  }, [documentId, poll, errorText]);

  if (!canRun) return null;

  async function run(dryRun: boolean) {
    setBusy(true);
    setError(null);
    try {
      const res = await call('pretranslateDocument', { params: { id: documentId }, body: { scope, formality, dryRun } });
      if (dryRun) setEstimate(res);
      else if (res.jobId) {
        setEstimate(null);
        setJob({ id: res.jobId, state: 'queued', done: 0, total: res.segments, error: null, result: null });
        poll(res.jobId);
      }
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  async function act(action: 'cancel' | 'resume') {
    if (!job) return;
    setBusy(true);
    setError(null);
    try {
      const j = await call(action === 'cancel' ? 'cancelJob' : 'resumeJob', { params: { id: job.id } });
      setJob(j);
      if (action === 'resume') poll(j.id);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const active = job !== null && (ACTIVE.includes(job.state) || job.state === 'paused');
  const pct = job && job.total > 0 ? Math.round((100 * job.done) / job.total) : 0;

  return (
    <section
      className="card"
      aria-labelledby="pretranslate-heading"
      data-testid="pretranslate-panel"
      style={{ border: '1px solid var(--line)', borderRadius: 8, padding: '.75rem 1rem', margin: '1rem 0' }}
    >
      <h2 id="pretranslate-heading" style={{ fontSize: '1.05rem', margin: '0 0 .5rem' }}>
        {t('title')}
      </h2>
      {status && !status.mtEnabled && (
        // In the user's words; what an administrator must do is folded away.
        <div className="muted" role="note" data-testid="pretranslate-mt-hint">
          <p style={{ margin: '0 0 .25rem' }}>{t('mtDisabled')}</p>
          <details>
            <summary>{t('mtDisabledDetailsSummary')}</summary>
            <p className="small" style={{ margin: '.25rem 0 0' }}>
              {t.rich('mtDisabledDetails', { code: (chunks) => <code>{chunks}</code> })}
            </p>
          </details>
        </div>
      )}
      {!active && (
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
      )}
      {job && (
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
                time: new Date(job.retrying.nextAt).toLocaleTimeString(),
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
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
