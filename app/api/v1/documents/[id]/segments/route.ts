import { API } from '@/lib/server/api/endpoints';
import { listSegments } from '@/lib/server/documents/get-document';
import { handle } from '@/lib/server/http/handler';

export const GET = handle(API.listSegments, async ({ actor, params, query }) => listSegments(actor, params.id!, query));
