import { API } from '@/lib/server/api/endpoints';
import { replaceInDocument } from '@/lib/server/documents/replace-in-document';
import { handle } from '@/lib/server/http/handler';

export const POST = handle(API.replaceInDocument, async ({ actor, params, body }) => replaceInDocument(actor, params.id!, body));
