import 'server-only';
// The project's own word list (#22): words the Korean spelling check accepts. Members read it,
// owners change it, as the glossary it is exported with (term.read / term.write).
import type { TAddWordsRequest } from '../api/words.types';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { requireProject } from '../projects/access';
import { projectWords } from './spelling-context';

export async function listWords(actor: Actor, projectId: string): Promise<{ words: string[] }> {
  await requireProject(actor, projectId, 'term.read');
  return { words: await projectWords(projectId) };
}

export async function addWords(actor: Actor, projectId: string, input: TAddWordsRequest): Promise<{ added: number; words: string[] }> {
  await requireProject(actor, projectId, 'term.write');
  const wanted = [...new Set(input.words)];
  const existing = new Set(
    (await db.projectWord.findMany({ where: { projectId, word: { in: wanted } }, select: { word: true } })).map((r) => r.word),
  );
  const fresh = wanted.filter((w) => !existing.has(w));
  // One row at a time: createMany's skipDuplicates is not available on SQLite; a concurrent add of
  // the same word loses the unique-index race and is simply already there.
  let added = 0;
  for (const word of fresh) {
    try {
      await db.projectWord.create({ data: { projectId, word, createdById: actor.id } });
      added++;
    } catch (e) {
      if ((e as { code?: string }).code !== 'P2002') throw e;
    }
  }
  return { added, words: await projectWords(projectId) };
}

export async function deleteWord(actor: Actor, projectId: string, word: string): Promise<{ deleted: boolean }> {
  await requireProject(actor, projectId, 'term.write');
  const r = await db.projectWord.deleteMany({ where: { projectId, word } });
  return { deleted: r.count > 0 };
}
