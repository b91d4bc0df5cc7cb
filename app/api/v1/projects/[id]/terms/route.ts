import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { createTerm, listTerms } from '@/lib/server/terms/manage-terms';

export const GET = handle(API.listTerms, async ({ actor, params, query }) => ({ terms: await listTerms(actor, params.id!, query) }));
export const POST = handle(API.createTerm, async ({ actor, params, body }) => createTerm(actor, params.id!, body));
