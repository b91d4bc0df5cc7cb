import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { revokeInvite } from '@/lib/server/invites/invites';

export const DELETE = handle(API.revokeInvite, ({ actor, params }) => revokeInvite(actor, params.id!, params.inviteId!));
