import { API } from '@/lib/server/api/endpoints';
import { createApiToken, listApiTokens } from '@/lib/server/auth/api-tokens';
import { handle } from '@/lib/server/http/handler';

export const GET = handle(API.listTokens, async ({ actor }) => ({ tokens: await listApiTokens(actor) }));
export const POST = handle(API.createToken, async ({ actor, body }) => createApiToken(actor, body.name));
