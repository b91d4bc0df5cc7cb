import 'server-only';
import type { TCreateProjectRequest } from '../api/projects.types';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { presentProject, type TProject } from '../presenters/project';

/** Any signed-in user may create a project and becomes its owner. */
export async function createProject(actor: Actor, input: TCreateProjectRequest): Promise<TProject> {
  const project = await db.$transaction(async (tx) => {
    const p = await tx.project.create({ data: { name: input.name, sourceLang: input.sourceLang, targetLang: input.targetLang } });
    await tx.membership.create({ data: { projectId: p.id, userId: actor.id, role: 'OWNER' } });
    return p;
  });
  return presentProject(project, 'OWNER');
}
