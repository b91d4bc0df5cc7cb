import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { requestLocale } from '@/lib/server/http/locale';
import { segmentQa } from '@/lib/server/qa/run-qa';

export const GET = handle(API.segmentQa, async ({ actor, params, query, req }) =>
  segmentQa(actor, params.id!, requestLocale(req, query.lang)),
);
