// Next.js calls register() once when a server process starts. It starts the background job runner
// (lib/server/jobs/runner-instance.ts) so that jobs left queued or running by a stopped server are
// resumed without waiting for a request. Any failure here only delays that: the runner also starts
// lazily from the first job-related request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  try {
    const { ensureJobRunner } = await import('./lib/server/jobs/runner-instance');
    ensureJobRunner();
  } catch (err) {
    console.error('[jobs] the job runner did not start at boot; it will start with the first request:', err);
  }
}
