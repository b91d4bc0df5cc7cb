import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { deleteAnnotation, updateAnnotation } from '@/lib/server/review/manage-annotations';

export const PATCH = handle(API.updateAnnotation, async ({ actor, params, body }) => updateAnnotation(actor, params.id!, body));
export const DELETE = handle(API.deleteAnnotation, async ({ actor, params }) => deleteAnnotation(actor, params.id!));
