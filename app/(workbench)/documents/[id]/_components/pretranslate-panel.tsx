'use client';
// Pre-translation of one document: choose the scope and formality, see the estimate (dry run: how
// many segments come from the memory, how many go to DeepL, how many characters DeepL will bill),
// confirm, then follow the background job (polled every 500 ms) with cancel and resume. Mounted by
// the document editor; self-contained (talks only to the REST API). State: use-pretranslate-job.ts;
// parts: pretranslate-options.tsx, pretranslate-job-view.tsx.
import { useTranslations } from 'next-intl';
import { PretranslateJobView } from './pretranslate-job-view';
import { PretranslateOptions } from './pretranslate-options';
import { ACTIVE, usePretranslateJob } from './use-pretranslate-job';

export function PretranslatePanel({ documentId, canRun }: { documentId: string; canRun: boolean }) {
  const t = useTranslations('pretranslate');
  const { status, scope, setScope, formality, setFormality, estimate, setEstimate, job, error, busy, run, act } =
    usePretranslateJob(documentId);

  if (!canRun) return null;

  const active = job !== null && (ACTIVE.includes(job.state) || job.state === 'paused');

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
        <PretranslateOptions
          status={status}
          scope={scope}
          setScope={setScope}
          formality={formality}
          setFormality={setFormality}
          estimate={estimate}
          setEstimate={setEstimate}
          busy={busy}
          run={run}
        />
      )}
      {job && <PretranslateJobView job={job} busy={busy} act={act} />}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
