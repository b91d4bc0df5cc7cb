import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { getSuggestions } from '@/lib/server/tm/get-suggestions';

export const GET = handle(API.segmentSuggestions, async ({ actor, params, query }) => getSuggestions(actor, params.id!, query));
