import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { updatePretranslateSettings } from '@/lib/server/pretranslate/start-pretranslate';

export const PATCH = handle(API.updatePretranslateSettings, async ({ actor, params, body }) =>
  updatePretranslateSettings(actor, params.id!, body),
);
