import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { resumeJob } from '@/lib/server/jobs/manage-job';

export const POST = handle(API.resumeJob, async ({ actor, params }) => resumeJob(actor, params.id!));
