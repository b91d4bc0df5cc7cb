import { API } from '@/lib/server/api/endpoints';
import { applyAlignment } from '@/lib/server/align/apply-alignment';
import { handle } from '@/lib/server/http/handler';

export const POST = handle(API.applyAlignment, async ({ actor, params, body }) => applyAlignment(actor, params.id!, body));
