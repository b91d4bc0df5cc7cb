import 'server-only';
// Reading and writing Project.settings (one JSON text shared by every feature; parsed in settings.ts).
// Writes re-read the JSON inside a transaction and merge only the patch's keys, so a concurrent save
// of another feature's setting is not lost.
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { requireProject } from './access';
import { mergeSettings, readSettings, type SettingsPatch, type TProjectSettings } from './settings';

export async function getProjectSettings(actor: Actor, projectId: string): Promise<TProjectSettings> {
  const { project } = await requireProject(actor, projectId, 'project.read');
  return readSettings(project.settings);
}

/** Merges a patch into the stored settings (no access check: callers have made theirs). */
export async function writeProjectSettings(projectId: string, patch: SettingsPatch): Promise<string> {
  return db.$transaction(async (tx) => {
    const p = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { settings: true } });
    const settings = mergeSettings(p.settings, patch);
    await tx.project.update({ where: { id: projectId }, data: { settings } });
    return settings;
  });
}

export async function updateProjectSettings(actor: Actor, projectId: string, patch: Partial<TProjectSettings>): Promise<TProjectSettings> {
  await requireProject(actor, projectId, 'project.update');
  return readSettings(await writeProjectSettings(projectId, patch));
}
