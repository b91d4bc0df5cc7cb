import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { addWords, deleteWord, listWords } from '@/lib/server/spell/manage-words';

export const GET = handle(API.listWords, async ({ actor, params }) => listWords(actor, params.id!));
export const POST = handle(API.addWords, async ({ actor, params, body }) => addWords(actor, params.id!, body));
export const DELETE = handle(API.deleteWord, async ({ actor, params, query }) => deleteWord(actor, params.id!, query.word));
