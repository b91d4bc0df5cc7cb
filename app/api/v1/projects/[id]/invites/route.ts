import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { createInvite, listInvites } from '@/lib/server/invites/invites';

export const POST = handle(API.createInvite, ({ actor, params, body }) => createInvite(actor, params.id!, body));
export const GET = handle(API.listInvites, ({ actor, params }) => listInvites(actor, params.id!));
