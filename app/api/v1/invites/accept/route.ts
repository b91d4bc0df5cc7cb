import { API } from '@/lib/server/api/endpoints';
import { sessionCookie } from '@/lib/server/auth/cookies';
import { handle } from '@/lib/server/http/handler';
import { json } from '@/lib/server/http/respond';
import { acceptInvite } from '@/lib/server/invites/invites';

export const POST = handle(API.acceptInvite, async ({ req, actor, body }) => {
  const { projectId, user, session } = await acceptInvite(actor, body);
  const headers = session ? { 'set-cookie': sessionCookie(req, session.token, session.expiresAt) } : undefined;
  return json({ projectId, user }, 200, headers);
});
