import { API } from '@/lib/server/api/endpoints';
import { authenticateHeaders } from '@/lib/server/auth/authenticate';
import { documentEvents } from '@/lib/server/documents/document-events';
import { handle } from '@/lib/server/http/handler';

export const dynamic = 'force-dynamic';

export const GET = handle(API.documentEvents, async ({ actor, params, query, req }) =>
  documentEvents(actor, params.id!, {
    once: query.once === '1',
    clientId: query.clientId,
    signal: req.signal,
    // The stream outlives the request's authentication: the same headers are checked again while it runs.
    stillSignedIn: async () => (await authenticateHeaders(req.headers))?.actor.id === actor.id,
  }),
);
