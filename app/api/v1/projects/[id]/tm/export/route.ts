import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { exportTm } from '@/lib/server/tm/manage-tm';

export const GET = handle(API.exportTm, async ({ actor, params }) => exportTm(actor, params.id!));
