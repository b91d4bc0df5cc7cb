import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { rejectSegment } from '@/lib/server/review/decide-segment';

export const POST = handle(API.rejectSegment, async ({ actor, params, body }) => rejectSegment(actor, params.id!, body));
