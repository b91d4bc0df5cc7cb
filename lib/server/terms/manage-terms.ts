import 'server-only';
// The project glossary: names (with their original Korean form), terms and do-not-translate terms.
// Members read it; owners change it. A source is unique per kind within a project.
import type { TCreateTermRequest, TUpdateTermRequest } from '../api/terms.types';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { AppError, notFound } from '../errors';
import { authorize } from '../policies';
import { presentTerm, type TTerm } from '../presenters/term';
import { requireProject, roleIn } from '../projects/access';

export async function listTerms(
  actor: Actor,
  projectId: string,
  filter: { q?: string; kind?: TTerm['kind']; status?: TTerm['status'] } = {},
): Promise<TTerm[]> {
  await requireProject(actor, projectId, 'term.read');
  const rows = await db.term.findMany({
    where: { projectId, ...(filter.kind ? { kind: filter.kind } : {}), ...(filter.status ? { status: filter.status } : {}) },
    orderBy: [{ status: 'asc' }, { source: 'asc' }],
  });
  // Case-insensitive search done here: it behaves the same on SQLite and PostgreSQL.
  const q = filter.q?.trim().toLocaleLowerCase();
  const hits = q ? rows.filter((t) => [t.source, t.target, t.note].some((f) => f.toLocaleLowerCase().includes(q))) : rows;
  return hits.map(presentTerm);
}

export async function createTerm(actor: Actor, projectId: string, input: TCreateTermRequest): Promise<TTerm> {
  await requireProject(actor, projectId, 'term.write');
  await assertUnique(projectId, input.source, input.kind);
  const t = await db.term.create({ data: { projectId, ...input } });
  return presentTerm(t);
}

async function requireTerm(actor: Actor, termId: string, action: 'term.read' | 'term.write') {
  const term = await db.term.findUnique({ where: { id: termId } });
  const role = term ? await roleIn(term.projectId, actor.id) : null;
  if (!term || !role) throw notFound('Term');
  authorize(role, action, 'Term');
  return term;
}

export async function updateTerm(actor: Actor, termId: string, input: TUpdateTermRequest): Promise<TTerm> {
  const term = await requireTerm(actor, termId, 'term.write');
  const source = input.source ?? term.source;
  const kind = input.kind ?? term.kind;
  if (source !== term.source || kind !== term.kind) await assertUnique(term.projectId, source, kind, term.id);
  const t = await db.term.update({ where: { id: termId }, data: input });
  return presentTerm(t);
}

export async function deleteTerm(actor: Actor, termId: string): Promise<{ deleted: true }> {
  await requireTerm(actor, termId, 'term.write');
  await db.term.delete({ where: { id: termId } });
  return { deleted: true };
}

async function assertUnique(projectId: string, source: string, kind: TTerm['kind'], exceptId?: string) {
  const clash = await db.term.findFirst({ where: { projectId, source, kind, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (clash)
    throw new AppError('conflict', `The glossary already has "${source}" (${kind.toLowerCase()}); edit that entry instead.`).because(
      'term_exists',
      { source },
    );
}
