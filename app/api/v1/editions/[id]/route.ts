import { API } from '@/lib/server/api/endpoints';
import { updateEdition } from '@/lib/server/editions/update-edition';
import { handle } from '@/lib/server/http/handler';

export const PATCH = handle(API.updateEdition, async ({ actor, params, body }) => updateEdition(actor, params.id!, body));
