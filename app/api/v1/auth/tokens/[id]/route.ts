import { API } from '@/lib/server/api/endpoints';
import { revokeApiToken } from '@/lib/server/auth/api-tokens';
import { handle } from '@/lib/server/http/handler';

export const DELETE = handle(API.revokeToken, async ({ actor, params }) => revokeApiToken(actor, params.id!));
