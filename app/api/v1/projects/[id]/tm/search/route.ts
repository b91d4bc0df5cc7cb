import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { searchTm } from '@/lib/server/tm/manage-tm';

export const GET = handle(API.searchTm, async ({ actor, params, query }) => searchTm(actor, params.id!, query));
