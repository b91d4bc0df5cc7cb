import 'server-only';
// Owners add members by email, change roles and remove members. A project always keeps an owner.
import type { Role } from '../../workflow/segment-states';
import type { TAddMemberRequest } from '../api/projects.types';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { AppError, notFound } from '../errors';
import { presentMember, type TMember } from '../presenters/project';
import { requireProject } from './access';

export async function addMember(actor: Actor, projectId: string, input: TAddMemberRequest): Promise<TMember> {
  await requireProject(actor, projectId, 'project.manageMembers');
  const email = input.email.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email } });
  if (!user) {
    throw new AppError(
      'not_found',
      `No account uses ${email} yet. Invite them instead: the invite link lets them set a name and password and join.`,
    ).because('no_account', { email });
  }
  const existing = await db.membership.findUnique({ where: { projectId_userId: { projectId, userId: user.id } } });
  if (existing)
    throw new AppError('conflict', `${email} is already a member (${existing.role.toLowerCase()}); change the role instead.`).because(
      'already_member',
      { email, role: existing.role },
    );
  const m = await db.membership.create({ data: { projectId, userId: user.id, role: input.role }, include: { user: true } });
  return presentMember(m);
}

export async function updateMemberRole(actor: Actor, projectId: string, userId: string, role: Role): Promise<TMember> {
  await requireProject(actor, projectId, 'project.manageMembers');
  return db.$transaction(async (tx) => {
    const m = await tx.membership.findUnique({ where: { projectId_userId: { projectId, userId } } });
    if (!m) throw notFound('Member');
    if (m.role === 'OWNER' && role !== 'OWNER') await assertAnotherOwner(tx, projectId, userId);
    const updated = await tx.membership.update({ where: { id: m.id }, data: { role }, include: { user: true } });
    return presentMember(updated);
  });
}

export async function removeMember(actor: Actor, projectId: string, userId: string): Promise<{ removed: true }> {
  await requireProject(actor, projectId, 'project.manageMembers');
  await db.$transaction(async (tx) => {
    const m = await tx.membership.findUnique({ where: { projectId_userId: { projectId, userId } } });
    if (!m) throw notFound('Member');
    if (m.role === 'OWNER') await assertAnotherOwner(tx, projectId, userId);
    await tx.membership.delete({ where: { id: m.id } });
  });
  return { removed: true };
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function assertAnotherOwner(tx: Tx, projectId: string, userId: string) {
  const owners = await tx.membership.count({ where: { projectId, role: 'OWNER', userId: { not: userId } } });
  if (owners === 0)
    throw new AppError('conflict', 'A project needs at least one owner. Make someone else an owner first.').because('last_owner');
}
