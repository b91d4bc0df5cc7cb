import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { updatePresence } from '@/lib/server/presence/presence';

export const POST = handle(API.updatePresence, async ({ actor, params, body }) => updatePresence(actor, params.id!, body));
