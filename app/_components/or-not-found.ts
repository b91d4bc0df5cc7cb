import { notFound } from 'next/navigation';
import { AppError } from '@/lib/server/errors';

/** Pages show Next's 404 for resources the user may not see, like the API does. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof AppError && (e.code === 'not_found' || e.code === 'forbidden')) notFound();
    throw e;
  }
}
