import 'server-only';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { presentProject, type TProject } from '../presenters/project';

export async function listProjects(actor: Actor): Promise<TProject[]> {
  const memberships = await db.membership.findMany({
    where: { userId: actor.id },
    include: { project: true },
    orderBy: { project: { createdAt: 'desc' } },
  });
  return memberships.map((m) => presentProject(m.project, m.role));
}
