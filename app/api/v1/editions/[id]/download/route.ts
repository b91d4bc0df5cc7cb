import { API } from '@/lib/server/api/endpoints';
import { downloadEdition } from '@/lib/server/editions/download-edition';
import { handle } from '@/lib/server/http/handler';

export const GET = handle(API.downloadEdition, async ({ actor, params, query }) => downloadEdition(actor, params.id!, query));
