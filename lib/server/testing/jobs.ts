import { db } from '../db/client';

/** Polls a job row until it reaches one of `states`; fails with its state and progress after the timeout. */
export async function waitForJob(jobId: string, states: string[], timeoutMs = 20_000) {
  const t0 = Date.now();
  for (;;) {
    const j = await db.job.findUniqueOrThrow({ where: { id: jobId } });
    if (states.includes(j.state)) return j;
    if (Date.now() - t0 > timeoutMs) throw new Error(`job ${jobId} still ${j.state} (${j.done}/${j.total})`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
