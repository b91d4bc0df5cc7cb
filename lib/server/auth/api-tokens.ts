import 'server-only';
// Personal API tokens: shown once at creation, stored as SHA-256, revocable.
import { db } from '../db/client';
import { notFound } from '../errors';
import type { Actor } from './authenticate';
import { API_TOKEN_PREFIX, newSecret, sha256 } from './tokens';

export interface TApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

function present(t: {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}): TApiToken {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

export async function createApiToken(actor: Actor, name: string): Promise<TApiToken & { token: string }> {
  const token = newSecret(API_TOKEN_PREFIX);
  const row = await db.apiToken.create({
    data: { userId: actor.id, name, tokenHash: sha256(token), prefix: token.slice(0, API_TOKEN_PREFIX.length + 6) },
  });
  return { ...present(row), token };
}

export async function listApiTokens(actor: Actor): Promise<TApiToken[]> {
  const rows = await db.apiToken.findMany({ where: { userId: actor.id }, orderBy: { createdAt: 'desc' } });
  return rows.map(present);
}

export async function revokeApiToken(actor: Actor, id: string): Promise<TApiToken> {
  const row = await db.apiToken.findFirst({ where: { id, userId: actor.id } });
  if (!row) throw notFound('API token');
  const updated = row.revokedAt ? row : await db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
  return present(updated);
}
