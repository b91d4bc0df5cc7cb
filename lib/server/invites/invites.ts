import 'server-only';
// Project invites: an owner invites an email address with a role and gets a one-time link to send
// (the workbench sends no email). Only the SHA-256 of the link's token is stored. The link works
// once, for INVITE_TTL_MS, unless the owner revokes it. Opened signed in, the account joins; opened
// signed out, the person sets a name and password (the usual password rules, argon2) and joins.
import type { Role } from '../../workflow/segment-states';
import type { TAcceptInviteRequest, TCreateInviteRequest } from '../api/invites.types';
import type { Actor } from '../auth/authenticate';
import { hashPassword } from '../auth/password';
import { newSecret, SESSION_TTL_MS, sha256 } from '../auth/tokens';
import { db } from '../db/client';
import { AppError, notFound } from '../errors';
import { requireProject } from '../projects/access';

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const INVITE_PATH = '/invite/';

export interface TInvite {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
}

type InviteRow = { id: string; email: string; role: Role; createdAt: Date; expiresAt: Date };
const present = (i: InviteRow): TInvite => ({
  id: i.id,
  email: i.email,
  role: i.role,
  createdAt: i.createdAt.toISOString(),
  expiresAt: i.expiresAt.toISOString(),
});

export async function createInvite(
  actor: Actor,
  projectId: string,
  input: TCreateInviteRequest,
): Promise<{ invite: TInvite; path: string }> {
  await requireProject(actor, projectId, 'project.manageMembers');
  const member = await db.membership.findFirst({ where: { projectId, user: { email: input.email } }, select: { role: true } });
  if (member)
    throw new AppError('conflict', `${input.email} is already a member (${member.role.toLowerCase()}); change the role instead.`).because(
      'already_member',
      { email: input.email, role: member.role },
    );
  const token = newSecret();
  const row = await db.invite.create({
    data: {
      projectId,
      email: input.email,
      role: input.role,
      tokenHash: sha256(token),
      createdById: actor.id,
      expiresAt: new Date(Date.now() + INVITE_TTL_MS),
    },
  });
  return { invite: present(row), path: `${INVITE_PATH}${token}` };
}

/** Invites not yet used, revoked or expired. */
export async function listInvites(actor: Actor, projectId: string): Promise<{ invites: TInvite[] }> {
  await requireProject(actor, projectId, 'project.manageMembers');
  const rows = await db.invite.findMany({
    where: { projectId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: 'desc' },
  });
  return { invites: rows.map(present) };
}

export async function revokeInvite(actor: Actor, projectId: string, inviteId: string): Promise<{ revoked: true }> {
  await requireProject(actor, projectId, 'project.manageMembers');
  const { count } = await db.invite.updateMany({
    where: { id: inviteId, projectId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw notFound('Invite');
  return { revoked: true };
}

export type InviteState = 'open' | 'used' | 'expired' | 'revoked';

/** What an invite link's page shows; null when the token names no invite. */
export async function inviteByToken(
  token: string,
): Promise<{ state: InviteState; email: string; role: Role; projectName: string; projectId: string; hasAccount: boolean } | null> {
  if (token.length < 20 || token.length > 200) return null;
  const row = await db.invite.findUnique({ where: { tokenHash: sha256(token) }, include: { project: { select: { name: true } } } });
  if (!row) return null;
  const hasAccount = (await db.user.count({ where: { email: row.email } })) > 0;
  return { state: stateOf(row), email: row.email, role: row.role, projectName: row.project.name, projectId: row.projectId, hasAccount };
}

function stateOf(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }): InviteState {
  if (row.acceptedAt) return 'used';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt.getTime() <= Date.now() ? 'expired' : 'open';
}

const UNUSABLE: Record<Exclude<InviteState, 'open'>, string> = {
  used: 'This invite link has already been used. Ask the project owner for a new one.',
  expired: 'This invite link has expired. Ask the project owner for a new one.',
  revoked: 'This invite link was withdrawn by the project owner.',
};

export interface AcceptedInvite {
  projectId: string;
  user: Actor;
  /** A new session when the invite created the account (the person is signed in at once). */
  session: { token: string; expiresAt: Date } | null;
}

export async function acceptInvite(actor: Actor | null, input: TAcceptInviteRequest): Promise<AcceptedInvite> {
  const invite = await db.invite.findUnique({ where: { tokenHash: sha256(input.token) } });
  if (!invite)
    throw new AppError('not_found', 'This invite link is not valid. Check that the whole link was copied.').because('invite_unknown');
  const state = stateOf(invite);
  if (state !== 'open') throw new AppError('conflict', UNUSABLE[state]).because(`invite_${state}`);
  if (!actor) {
    if (!input.name || !input.password)
      throw new AppError('validation_failed', 'Give your name and a password to create your account.', {
        fields: [{ path: input.name ? 'password' : 'name', message: 'required' }],
      }).because('invite_needs_account');
    if (await db.user.findUnique({ where: { email: invite.email } })) {
      throw new AppError('conflict', `An account for ${invite.email} already exists. Sign in, then open the invite link again.`).because(
        'invite_account_exists',
        { email: invite.email },
      );
    }
  }
  const passwordHash = actor ? null : await hashPassword(input.password!);
  const result = await db
    .$transaction(async (tx) => {
      // The link works once: only one request can move acceptedAt from null.
      const user =
        actor ?? (await tx.user.create({ data: { email: invite.email, name: input.name!.trim(), passwordHash: passwordHash! } }));
      const taken = await tx.invite.updateMany({
        where: { id: invite.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        data: { acceptedAt: new Date(), acceptedById: user.id },
      });
      if (taken.count === 0) throw new AppError('conflict', UNUSABLE.used).because('invite_used');
      const existing = await tx.membership.findUnique({ where: { projectId_userId: { projectId: invite.projectId, userId: user.id } } });
      if (existing) throw new AppError('conflict', 'You are already a member of this project.').because('invite_already_member');
      await tx.membership.create({ data: { projectId: invite.projectId, userId: user.id, role: invite.role } });
      let session: AcceptedInvite['session'] = null;
      if (!actor) {
        const token = newSecret();
        const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
        await tx.session.create({ data: { id: sha256(token), userId: user.id, expiresAt } });
        session = { token, expiresAt };
      }
      return { user: { id: user.id, email: user.email, name: user.name }, session };
    })
    .catch((err: unknown) => {
      // Two first openings at once: the second finds the account (unique email) taken by the first.
      if ((err as { code?: string })?.code === 'P2002') throw new AppError('conflict', UNUSABLE.used).because('invite_used');
      throw err;
    });
  return { projectId: invite.projectId, ...result };
}
