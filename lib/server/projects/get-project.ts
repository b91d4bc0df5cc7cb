import 'server-only';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { presentDocuments, type TDocument } from '../presenters/document';
import { presentMember, presentProject, type TMember, type TProject } from '../presenters/project';
import { requireProject } from './access';

export interface TProjectDetail extends TProject {
  documents: TDocument[];
  members: TMember[];
}

export async function getProject(actor: Actor, projectId: string): Promise<TProjectDetail> {
  const { project, role } = await requireProject(actor, projectId, 'project.read');
  const [documents, members] = await Promise.all([
    db.document.findMany({ where: { projectId }, orderBy: { createdAt: 'asc' } }),
    db.membership.findMany({ where: { projectId }, include: { user: true }, orderBy: { createdAt: 'asc' } }),
  ]);
  return {
    ...presentProject(project, role),
    documents: await presentDocuments(documents),
    members: members.map(presentMember),
  };
}
