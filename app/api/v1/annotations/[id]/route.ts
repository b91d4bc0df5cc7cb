import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { updateAnnotation } from '@/lib/server/review/manage-annotations';

export const PATCH = handle(API.updateAnnotation, async ({ actor, params, body }) => updateAnnotation(actor, params.id!, body));
