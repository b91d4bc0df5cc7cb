import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { getProject } from '@/lib/server/projects/get-project';

export const GET = handle(API.getProject, async ({ actor, params }) => getProject(actor, params.id!));
