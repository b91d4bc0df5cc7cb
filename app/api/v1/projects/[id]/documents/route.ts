import { API } from '@/lib/server/api/endpoints';
import { createDocument } from '@/lib/server/documents/create-document';
import { handle } from '@/lib/server/http/handler';

export const POST = handle(API.createDocument, async ({ actor, params, body }) => createDocument(actor, params.id!, body));
