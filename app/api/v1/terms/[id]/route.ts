import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { deleteTerm, updateTerm } from '@/lib/server/terms/manage-terms';

export const PATCH = handle(API.updateTerm, async ({ actor, params, body }) => updateTerm(actor, params.id!, body));
export const DELETE = handle(API.deleteTerm, async ({ actor, params }) => deleteTerm(actor, params.id!));
