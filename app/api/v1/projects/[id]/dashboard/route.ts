import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { projectDashboard } from '@/lib/server/projects/project-dashboard';

export const GET = handle(API.projectDashboard, ({ actor, params, query }) => projectDashboard(actor, params.id!, query.weeks));
