import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { markNotificationsRead } from '@/lib/server/notifications/inbox';

export const POST = handle(API.markNotificationsRead, ({ actor, body }) => markNotificationsRead(actor, body));
