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

// A document never moves to another project, so which project it belongs to can be remembered:
// the segment save (the hottest path) then needs one query fewer. Bounded; oldest entries go first.
const PROJECT_OF_DOCUMENT_MAX = 10_000;
const projectOfDocument = new Map<string, string>();

async function projectIdOf(documentId: string): Promise<string | null> {
  const known = projectOfDocument.get(documentId);
  if (known) return known;
  const document = await db.document.findUnique({ where: { id: documentId }, select: { projectId: true } });
  if (!document) return null;
  if (projectOfDocument.size >= PROJECT_OF_DOCUMENT_MAX) projectOfDocument.delete(projectOfDocument.keys().next().value!);
  projectOfDocument.set(documentId, document.projectId);
  return document.projectId;
}

export async function requireSegment(actor: Actor, segmentId: string, action: Action) {
  const segment = await db.segment.findUnique({ where: { id: segmentId } });
  const projectId = segment ? await projectIdOf(segment.documentId) : null;
  const role = projectId ? await roleIn(projectId, actor.id) : null;
  if (!segment || !projectId || !role) throw notFound('Segment');
  authorize(role, action, 'Segment');
  return { segment, role, projectId };
}
