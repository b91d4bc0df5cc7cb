import { API } from '@/lib/server/api/endpoints';
import { readCookie } from '@/lib/server/auth/authenticate';
import { sessionCookie } from '@/lib/server/auth/cookies';
import { signIn, signOut } from '@/lib/server/auth/sign-in';
import { SESSION_COOKIE } from '@/lib/server/auth/tokens';
import { handle } from '@/lib/server/http/handler';
import { clientAddress } from '@/lib/server/http/proxy';
import { json } from '@/lib/server/http/respond';

export const POST = handle(API.signIn, async ({ req, body }) => {
  const { actor, token, expiresAt } = await signIn(body.email, body.password, clientAddress(req));
  return json({ user: actor, expiresAt: expiresAt.toISOString() }, 200, { 'set-cookie': sessionCookie(req, token, expiresAt) });
});

export const DELETE = handle(API.signOut, async ({ req }) => {
  await signOut(readCookie(req.headers.get('cookie'), SESSION_COOKIE));
  return json({ signedOut: true }, 200, { 'set-cookie': sessionCookie(req, '', new Date(0)) });
});
