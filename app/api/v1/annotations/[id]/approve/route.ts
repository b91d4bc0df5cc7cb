import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { approveNote } from '@/lib/server/review/notes';

export const POST = handle(API.approveNote, async ({ actor, params }) => approveNote(actor, params.id!));
