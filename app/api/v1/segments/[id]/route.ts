import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { updateSegment } from '@/lib/server/segments/update-segment';

export const PATCH = handle(API.updateSegment, async ({ actor, params, body }) => updateSegment(actor, params.id!, body));
