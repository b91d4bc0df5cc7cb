import 'server-only';
import { databaseKind, db } from '../db/client';
import { AppError } from '../errors';

export async function databaseHealth(): Promise<{ status: 'ok'; database: 'sqlite' | 'postgresql' }> {
  try {
    await db.user.count();
  } catch (e) {
    console.error('[health] database check failed', e);
    throw new AppError('unavailable', 'The database does not answer.').because('database_unavailable');
  }
  return { status: 'ok', database: databaseKind() };
}
