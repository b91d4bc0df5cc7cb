import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { sessionActor, type Actor } from './authenticate';
import { SESSION_COOKIE } from './tokens';

/** The signed-in user of a page request, or null. */
export async function currentUser(): Promise<Actor | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  return (await sessionActor(token))?.actor ?? null;
}

export async function requireUser(): Promise<Actor> {
  const user = await currentUser();
  if (!user) redirect('/sign-in');
  return user;
}
