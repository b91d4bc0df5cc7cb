import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { getQaChecklist, putQaChecklist } from '@/lib/server/qa/checklist';

export const GET = handle(API.getQaChecklist, async ({ actor, params }) => getQaChecklist(actor, params.id!));
export const PUT = handle(API.putQaChecklist, async ({ actor, params, body }) => putQaChecklist(actor, params.id!, body));
