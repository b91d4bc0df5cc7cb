import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { removeMember, updateMemberRole } from '@/lib/server/projects/manage-members';

export const PATCH = handle(API.updateMember, async ({ actor, params, body }) =>
  updateMemberRole(actor, params.id!, params.userId!, body.role),
);
export const DELETE = handle(API.removeMember, async ({ actor, params }) => removeMember(actor, params.id!, params.userId!));
