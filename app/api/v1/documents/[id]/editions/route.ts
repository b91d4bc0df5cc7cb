import { API } from '@/lib/server/api/endpoints';
import { listEditions } from '@/lib/server/editions/list-editions';
import { publishEdition } from '@/lib/server/editions/publish-edition';
import { handle } from '@/lib/server/http/handler';

export const GET = handle(API.listEditions, async ({ actor, params }) => listEditions(actor, params.id!));
export const POST = handle(API.publishEdition, async ({ actor, params, body }) => publishEdition(actor, params.id!, body));
