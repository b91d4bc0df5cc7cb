import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { importTm } from '@/lib/server/tm/manage-tm';

export const POST = handle(API.importTm, async ({ actor, params, req }) => importTm(actor, params.id!, req));
