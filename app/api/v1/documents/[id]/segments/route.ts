import { API } from '@/lib/server/api/endpoints';
import { listSegments } from '@/lib/server/documents/get-document';
import { listEditorSegments } from '@/lib/server/documents/list-editor-segments';
import { handle } from '@/lib/server/http/handler';

export const GET = handle(API.listSegments, async ({ actor, params, query }) =>
  query.format === 'compact' ? listEditorSegments(actor, params.id!) : listSegments(actor, params.id!, query));
