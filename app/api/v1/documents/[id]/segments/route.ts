import { API } from '@/lib/server/api/endpoints';
import { listSegments } from '@/lib/server/documents/get-document';
import { editorSegmentsResponse } from '@/lib/server/documents/list-editor-segments';
import { handle } from '@/lib/server/http/handler';

export const GET = handle(API.listSegments, async ({ actor, params, query, req }) =>
  query.format === 'compact' ? editorSegmentsResponse(actor, params.id!, req.headers) : listSegments(actor, params.id!, query),
);
