import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { cancelJob } from '@/lib/server/jobs/manage-job';

export const POST = handle(API.cancelJob, async ({ actor, params }) => cancelJob(actor, params.id!));
