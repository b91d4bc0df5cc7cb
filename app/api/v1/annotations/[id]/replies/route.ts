import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { addReply } from '@/lib/server/review/manage-annotations';

export const POST = handle(API.addAnnotationReply, async ({ actor, params, body }) => addReply(actor, params.id!, body));
