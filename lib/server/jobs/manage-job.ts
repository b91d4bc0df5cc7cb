import 'server-only';
// GET /jobs/:id, POST /jobs/:id/cancel, POST /jobs/:id/resume. A job is visible to the members of
// its project (others get 404); cancelling and resuming need the right that started it.
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { AppError, notFound } from '../errors';
import { authorize } from '../policies';
import { presentJob, type TJob } from '../pretranslate/present-job';
import { roleIn } from '../projects/access';
import { kickJobRunner } from './runner-instance';

async function requireJob(actor: Actor, jobId: string, action: 'project.read' | 'segment.pretranslate') {
  const job = await db.job.findUnique({ where: { id: jobId } });
  const role = job ? await roleIn(job.projectId, actor.id) : null;
  if (!job || !role) throw notFound('Job');
  authorize(role, action, 'Job');
  return job;
}

export async function getJob(actor: Actor, jobId: string): Promise<TJob> {
  const job = await requireJob(actor, jobId, 'project.read');
  if (job.state === 'queued' || job.state === 'running') kickJobRunner();
  return presentJob(job);
}

export async function cancelJob(actor: Actor, jobId: string): Promise<TJob> {
  const job = await requireJob(actor, jobId, 'segment.pretranslate');
  const { count } = await db.job.updateMany({
    where: { id: jobId, state: { in: ['queued', 'running', 'paused'] } },
    data: { state: 'cancelled', lockedBy: null, lockedAt: null, error: null },
  });
  if (count === 0)
    throw new AppError('conflict', `This job is already ${job.state}; there is nothing to cancel.`).because('job_not_cancellable');
  return presentJob(await db.job.findUniqueOrThrow({ where: { id: jobId } }));
}

export async function resumeJob(actor: Actor, jobId: string): Promise<TJob> {
  const job = await requireJob(actor, jobId, 'segment.pretranslate');
  const { count } = await db.job.updateMany({
    where: { id: jobId, state: { in: ['paused', 'failed'] } },
    data: { state: 'queued', error: null, lockedBy: null, lockedAt: null },
  });
  if (count === 0)
    throw new AppError('conflict', `Only a paused or failed job can be resumed; this one is ${job.state}.`).because('job_not_resumable');
  kickJobRunner();
  return presentJob(await db.job.findUniqueOrThrow({ where: { id: jobId } }));
}
