import 'server-only';
// The project QA checklist (#22): an owner's own patterns run as the "checklist" check. Kept in the
// project's settings JSON under `qaChecklist` (beside the other QA settings; the settings PATCH
// never writes it), read by everyone on the project, replaced as a whole by its owners. Patterns
// are compiled on RE2 before saving: an invalid one is a 400 that names the entry.
import { validateChecklist, type ChecklistEntry } from '../../qa/checklist';
import { ZChecklist } from '../../qa/checklist-schema';
import type { TPutQaChecklistRequest } from '../api/qa.types';
import type { Actor } from '../auth/authenticate';
import { AppError } from '../errors';
import { requireProject } from '../projects/access';
import { writeProjectSettings } from '../projects/project-settings';
import { rawSettings } from '../projects/settings';

const KEY = 'qaChecklist';

/** The stored checklist; an unreadable one (hand-edited JSON) reads as empty rather than failing QA. */
export function readChecklist(settingsJson: string | null | undefined): ChecklistEntry[] {
  const parsed = ZChecklist.safeParse(rawSettings(settingsJson)[KEY] ?? []);
  return parsed.success ? parsed.data : [];
}

export async function getQaChecklist(actor: Actor, projectId: string): Promise<{ entries: ChecklistEntry[] }> {
  const { project } = await requireProject(actor, projectId, 'project.read');
  return { entries: readChecklist(project.settings) };
}

export async function putQaChecklist(
  actor: Actor,
  projectId: string,
  input: TPutQaChecklistRequest,
): Promise<{ entries: ChecklistEntry[] }> {
  await requireProject(actor, projectId, 'project.update');
  const bad = validateChecklist(input.entries);
  if (bad.length > 0) {
    const fields = bad.map((b) => ({ path: `entries.${b.index}.pattern`, message: b.reason }));
    const first = bad[0]!;
    throw new AppError('validation_failed', `Checklist entry ${first.index + 1} (“${first.pattern.slice(0, 60)}”): ${first.reason}`, {
      fields,
    }).because('checklist_pattern_invalid', { entry: first.index + 1 });
  }
  return { entries: readChecklist(await writeProjectSettings(projectId, { [KEY]: input.entries })) };
}
