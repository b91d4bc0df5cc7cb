// Policy rows for the project dashboard: every member reads it, outsiders get 404.
import * as dashboardRoute from '../projects/[id]/dashboard/route';
import type { PolicyRow } from './types';

export const DASHBOARD_ROWS: Record<string, PolicyRow> = {
  projectDashboard: {
    expected: [401, 404, 200, 200, 200],
    handler: dashboardRoute.GET,
    prepare: async (p) => ({ path: `/api/v1/projects/${p.projectId}/dashboard`, params: { id: p.projectId } }),
  },
};
