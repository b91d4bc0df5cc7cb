import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { getPretranslateStatus, startPretranslate } from '@/lib/server/pretranslate/start-pretranslate';

export const POST = handle(API.pretranslateDocument, async ({ actor, params, body }) => startPretranslate(actor, params.id!, body));
export const GET = handle(API.pretranslateStatus, async ({ actor, params }) => getPretranslateStatus(actor, params.id!));
