import { API } from '@/lib/server/api/endpoints';
import { getDocument } from '@/lib/server/documents/get-document';
import { handle } from '@/lib/server/http/handler';

export const GET = handle(API.getDocument, async ({ actor, params }) => getDocument(actor, params.id!));
