'use client';
// State of the pre-translation panel (pretranslate-panel.tsx): the document's status, the chosen
// scope and formality, the estimate (dry run), and the background job, polled every 500 ms until it
// ends (then the page is refreshed), with start, cancel and resume.
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call, type CallResult } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';

export type Scope = 'empty' | 'machine';
export type Status = CallResult<'pretranslateStatus'>;
export type Estimate = CallResult<'pretranslateDocument'>;
export type Formality = Status['formality'];
type TJob = CallResult<'getJob'>;
type JobState = TJob['state'];
/** The service's job, or the one the panel draws from the start answer until the first poll. */
export type Job = Pick<TJob, 'id' | 'state' | 'done' | 'total' | 'error' | 'result'> & Partial<TJob>;

export const ACTIVE: JobState[] = ['queued', 'running'];
const POLL_MS = 500;

export function usePretranslateJob(documentId: string) {
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

  return { status, scope, setScope, formality, setFormality, estimate, setEstimate, job, error, busy, run, act };
}
