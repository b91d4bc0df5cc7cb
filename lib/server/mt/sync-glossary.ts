import 'server-only';
// Keeps one DeepL glossary per project in step with its confirmed terms. The glossary is created
// once per content (hash of the canonical entries) and reused by every job while the terms stay
// the same; when they change, a new glossary is created, the project points at it, and the old
// one is deleted. A project without usable terms has no glossary.
import { db } from '../db/client';
import { pretranslateSettings, updateProjectSettings } from '../pretranslate/settings';
import { glossaryEntries, glossaryHash, type DeeplProvider } from './deepl';

export async function syncGlossary(provider: DeeplProvider, projectId: string): Promise<string | null> {
  const project = await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { name: true, sourceLang: true, targetLang: true, settings: true } });
  // Every term not rejected: a detected name is in the glossary from the moment it is found.
  const terms = await db.term.findMany({ where: { projectId, status: { not: 'REJECTED' } }, select: { source: true, target: true, kind: true } });
  const entries = glossaryEntries(terms);
  const stored = pretranslateSettings(project.settings).deeplGlossary;
  if (entries.length === 0) {
    if (stored) {
      await provider.deleteGlossary(stored.id);
      await updateProjectSettings(projectId, { deeplGlossary: undefined });
    }
    return null;
  }
  const hash = glossaryHash(project.sourceLang, project.targetLang, entries);
  if (stored && stored.hash === hash && (await provider.glossaryExists(stored.id))) return stored.id;
  const id = await provider.createGlossary(`workbench ${project.name} ${hash.slice(0, 8)}`, project.sourceLang, project.targetLang, entries);
  await updateProjectSettings(projectId, { deeplGlossary: { id, hash } });
  if (stored && stored.id !== id) await provider.deleteGlossary(stored.id).catch(() => undefined);
  return id;
}
