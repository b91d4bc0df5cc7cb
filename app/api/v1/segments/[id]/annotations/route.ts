import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { createAnnotation, listAnnotations } from '@/lib/server/review/manage-annotations';

export const GET = handle(API.listAnnotations, async ({ actor, params }) => listAnnotations(actor, params.id!));
export const POST = handle(API.createAnnotation, async ({ actor, params, body }) => createAnnotation(actor, params.id!, body));
