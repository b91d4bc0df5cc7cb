import 'server-only';
// Keeps one DeepL glossary per project in step with its terms (every term not rejected: a detected
// name is in the glossary from the moment it is found). A glossary is named after the project and
// the hash of its canonical entries (`workbench:<projectId>:<hash> <project name>`), so it is
// reused by every job while the terms stay the same, and found again by name if the project's
// pointer was lost. Every other glossary of the project on the account (an older content, or one
// whose delete failed last time) is deleted on each sync, so none is left behind toward the
// account's glossary limit, but only while no other pre-translation of the project is running: that
// job may be translating with one of them (an edit to the terms between two jobs changes the hash),
// and the last job to sync alone cleans up. A project without usable terms has no glossary.
import { db } from '../db/client';
import { writeProjectSettings } from '../projects/project-settings';
import { readDeeplGlossary } from '../projects/settings';
import { glossaryEntries, glossaryHash, type DeeplProvider } from './deepl';

export function glossaryPrefix(projectId: string): string {
  return `workbench:${projectId}:`;
}

export async function syncGlossary(provider: DeeplProvider, projectId: string, jobId?: string): Promise<string | null> {
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { name: true, sourceLang: true, targetLang: true, settings: true },
  });
  const terms = await db.term.findMany({
    where: { projectId, status: { not: 'REJECTED' } },
    select: { source: true, target: true, kind: true },
  });
  const entries = glossaryEntries(terms);
  const stored = readDeeplGlossary(project.settings);
  const prefix = glossaryPrefix(projectId);
  const mine = (await provider.listGlossaries()).filter((g) => g.name.startsWith(prefix) || g.id === stored?.id);

  let id: string | null = null;
  if (entries.length > 0) {
    const hash = glossaryHash(project.sourceLang, project.targetLang, entries);
    id =
      mine.find((g) => g.name.startsWith(`${prefix}${hash}`))?.id ??
      (stored && stored.hash === hash && mine.some((g) => g.id === stored.id) ? stored.id : null) ??
      (await provider.createGlossary(`${prefix}${hash} ${project.name}`.slice(0, 200), project.sourceLang, project.targetLang, entries));
    if (!stored || stored.id !== id || stored.hash !== hash) await writeProjectSettings(projectId, { deeplGlossary: { id, hash } });
  } else if (stored) {
    await writeProjectSettings(projectId, { deeplGlossary: undefined });
  }
  // Everything else of this project goes. A failed delete is retried on the next sync: the
  // listing finds the glossary again.
  const othersRunning = await db.job.count({
    where: { projectId, type: 'pretranslate', state: 'running', ...(jobId ? { id: { not: jobId } } : {}) },
  });
  if (othersRunning > 0) return id;
  for (const g of mine) if (g.id !== id) await provider.deleteGlossary(g.id).catch(() => undefined);
  return id;
}
