// The project dashboard (members): progress by document, work by person, open issues, edition scores.
import { endpoint } from '../endpoint';
import { ZDashboardQuery } from '../dashboard.types';

export const DASHBOARD_ENDPOINTS = {
  projectDashboard: endpoint({
    id: 'projectDashboard',
    method: 'GET',
    path: '/api/v1/projects/{id}/dashboard',
    summary:
      "A project's dashboard: segments per state per document, words translated and reviewed per person per week (?weeks=1–26, default 8), open review annotations per MQM category, QA issues per check (spelling left out), and each published edition's quality score as of its publishing",
    auth: 'user',
    query: ZDashboardQuery,
    tag: 'projects',
  }),
};
