import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { listDocumentTerms } from '@/lib/server/terms/list-document-terms';

export const GET = handle(API.listDocumentTerms, async ({ actor, params }) => listDocumentTerms(actor, params.id!));
