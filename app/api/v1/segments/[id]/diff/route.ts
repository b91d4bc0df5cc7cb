import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { segmentDiff } from '@/lib/server/review/segment-diff';

export const GET = handle(API.segmentDiff, async ({ actor, params, query }) => segmentDiff(actor, params.id!, query));
