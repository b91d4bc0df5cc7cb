import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { createProject } from '@/lib/server/projects/create-project';
import { listProjects } from '@/lib/server/projects/list-projects';

export const GET = handle(API.listProjects, async ({ actor }) => ({ projects: await listProjects(actor) }));
export const POST = handle(API.createProject, async ({ actor, body }) => createProject(actor, body));
