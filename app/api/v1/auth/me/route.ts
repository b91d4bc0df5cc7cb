import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';

export const GET = handle(API.me, async ({ actor }) => ({ user: actor }));
