import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { requestLocale } from '@/lib/server/http/locale';
import { documentQa } from '@/lib/server/qa/run-qa';

export const GET = handle(API.documentQa, async ({ actor, params, query, req }) =>
  documentQa(actor, params.id!, requestLocale(req, query.lang)),
);
