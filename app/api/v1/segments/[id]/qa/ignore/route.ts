import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { setIssueIgnored } from '@/lib/server/qa/ignore-issue';

export const POST = handle(API.ignoreQaIssue, async ({ actor, params, body }) => setIssueIgnored(actor, params.id!, body));
