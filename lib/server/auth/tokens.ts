import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** Random secret shown once to its owner; only its SHA-256 is stored. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export const API_TOKEN_PREFIX = 'wbt_';
export const SESSION_COOKIE = 'wb_session';
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
