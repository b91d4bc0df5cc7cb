import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { listNotifications } from '@/lib/server/notifications/inbox';

export const dynamic = 'force-dynamic';

export const GET = handle(API.listNotifications, ({ actor, query }) => listNotifications(actor, { unreadOnly: query.unread === '1' }));
