import 'server-only';
// The pre-translation keys of Project.settings (a JSON text shared with other features: QA and
// review keep their own keys there). Writes re-read the JSON inside a transaction and merge only
// our keys, so a concurrent save of another feature's setting is not lost.
import { db } from '../db/client';
import type { Formality } from '../mt/deepl';

export interface PretranslateSettings {
  formality: Formality;
  /** The DeepL glossary made from the project's terms, and the hash of the content it was made from. */
  deeplGlossary: { id: string; hash: string } | null;
}

export function parseSettings(json: string | null | undefined): Record<string, unknown> {
  try {
    const v = JSON.parse(json || '{}') as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function pretranslateSettings(json: string | null | undefined): PretranslateSettings {
  const s = parseSettings(json);
  const f = s.formality;
  const g = s.deeplGlossary as { id?: unknown; hash?: unknown } | undefined;
  return {
    formality: f === 'prefer_more' || f === 'prefer_less' ? f : 'default',
    deeplGlossary: g && typeof g.id === 'string' && typeof g.hash === 'string' ? { id: g.id, hash: g.hash } : null,
  };
}

export async function updateProjectSettings(projectId: string, patch: Record<string, unknown>): Promise<Record<string, unknown>> {
  return db.$transaction(async (tx) => {
    const p = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { settings: true } });
    const merged = { ...parseSettings(p.settings), ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete merged[k];
    await tx.project.update({ where: { id: projectId }, data: { settings: JSON.stringify(merged) } });
    return merged;
  });
}
