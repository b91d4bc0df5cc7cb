import 'server-only';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { requireProject } from './access';
import { mergeSettings, readSettings, type TProjectSettings } from './settings';

export async function getProjectSettings(actor: Actor, projectId: string): Promise<TProjectSettings> {
  const { project } = await requireProject(actor, projectId, 'project.read');
  return readSettings(project.settings);
}

export async function updateProjectSettings(actor: Actor, projectId: string, patch: Partial<TProjectSettings>): Promise<TProjectSettings> {
  await requireProject(actor, projectId, 'project.update');
  return db.$transaction(async (tx) => {
    const p = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { settings: true } });
    const settings = mergeSettings(p.settings, patch);
    await tx.project.update({ where: { id: projectId }, data: { settings } });
    return readSettings(settings);
  });
}
