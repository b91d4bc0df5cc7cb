import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { approveDocumentSegments } from '@/lib/server/review/approve-document';

export const POST = handle(API.approveDocumentSegments, async ({ actor, params, body }) =>
  approveDocumentSegments(actor, params.id!, body),
);
