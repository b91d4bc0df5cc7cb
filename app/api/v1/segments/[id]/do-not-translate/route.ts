import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { setDoNotTranslate } from '@/lib/server/segments/set-do-not-translate';

export const PUT = handle(API.setDoNotTranslate, async ({ actor, params, body }) =>
  setDoNotTranslate(actor, params.id!, body.doNotTranslate),
);
