import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { getProjectSettings, updateProjectSettings } from '@/lib/server/projects/project-settings';

export const GET = handle(API.getProjectSettings, async ({ actor, params }) => getProjectSettings(actor, params.id!));
export const PATCH = handle(API.updateProjectSettings, async ({ actor, params, body }) => updateProjectSettings(actor, params.id!, body));
