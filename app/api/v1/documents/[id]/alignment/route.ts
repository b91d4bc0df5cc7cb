import { API } from '@/lib/server/api/endpoints';
import { proposeAlignment } from '@/lib/server/align/propose-alignment';
import { handle } from '@/lib/server/http/handler';

export const POST = handle(API.proposeAlignment, async ({ actor, params, body }) => proposeAlignment(actor, params.id!, body));
