import 'server-only';
// Loads a resource together with the actor's role in its project, then checks the policy.
// Non-members get 404 whatever the resource, so a project's existence is not disclosed.
import type { Role } from '../../workflow/segment-states';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { notFound } from '../errors';
import { authorize, type Action } from '../policies';

export async function roleIn(projectId: string, userId: string): Promise<Role | null> {
  const m = await db.membership.findUnique({ where: { projectId_userId: { projectId, userId } }, select: { role: true } });
  return m?.role ?? null;
}

export async function requireProject(actor: Actor, projectId: string, action: Action) {
  const project = await db.project.findUnique({ where: { id: projectId } });
  const role = project ? await roleIn(project.id, actor.id) : null;
  if (!project || !role) throw notFound('Project');
  authorize(role, action, 'Project');
  return { project, role };
}

export async function requireDocument(actor: Actor, documentId: string, action: Action) {
  const document = await db.document.findUnique({ where: { id: documentId } });
  const role = document ? await roleIn(document.projectId, actor.id) : null;
  if (!document || !role) throw notFound('Document');
  authorize(role, action, 'Document');
  return { document, role };
}

export async function requireSegment(actor: Actor, segmentId: string, action: Action) {
  const segment = await db.segment.findUnique({ where: { id: segmentId }, include: { document: { select: { projectId: true } } } });
  const role = segment ? await roleIn(segment.document.projectId, actor.id) : null;
  if (!segment || !role) throw notFound('Segment');
  authorize(role, action, 'Segment');
  return { segment, role, projectId: segment.document.projectId };
}
