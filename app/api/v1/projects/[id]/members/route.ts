import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { addMember } from '@/lib/server/projects/manage-members';

export const POST = handle(API.addMember, async ({ actor, params, body }) => addMember(actor, params.id!, body));
