import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { reopenSegment } from '@/lib/server/review/decide-segment';

export const POST = handle(API.reopenSegment, async ({ actor, params, body }) => reopenSegment(actor, params.id!, body));
