// Next.js calls register() once when a server process starts. It starts the background job runner
// (lib/server/jobs/runner-instance.ts) so that jobs left queued or running by a stopped server are
// resumed without waiting for a request, and the QA worker (lib/server/qa/qa-runner.ts). Any failure
// here only delays that: the runner also starts lazily from the first job-related request, the QA
// worker from the first QA request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // Sign-in throttling keys on the client's address: take it from the socket, not from a header a
  // client may write (lib/server/http/socket-address.ts).
  const { stampSocketAddresses } = await import('./lib/server/http/socket-address');
  stampSocketAddresses();
  try {
    // The QA worker loads lib/qa (about 0.5 s) now rather than during the first QA request.
    const { startQaWorker } = await import('./lib/server/qa/qa-runner');
    startQaWorker();
  } catch (err) {
    console.error('[qa] the QA worker did not start at boot; it will start with the first QA request:', err);
  }
  try {
    const { ensureJobRunner } = await import('./lib/server/jobs/runner-instance');
    ensureJobRunner();
  } catch (err) {
    console.error('[jobs] the job runner did not start at boot; it will start with the first request:', err);
  }
}
