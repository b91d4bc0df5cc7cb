import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { approveSegment } from '@/lib/server/review/decide-segment';

export const POST = handle(API.approveSegment, async ({ actor, params, body }) => approveSegment(actor, params.id!, body));
