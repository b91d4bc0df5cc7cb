import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { getJob } from '@/lib/server/jobs/manage-job';

export const GET = handle(API.getJob, async ({ actor, params }) => getJob(actor, params.id!));
