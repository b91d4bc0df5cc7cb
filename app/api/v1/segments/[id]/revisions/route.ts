import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { listRevisions } from '@/lib/server/segments/list-revisions';

export const GET = handle(API.listSegmentRevisions, async ({ actor, params }) => listRevisions(actor, params.id!));
