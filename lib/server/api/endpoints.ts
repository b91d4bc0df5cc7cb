// Every REST endpoint of the workbench, in one list: one file per feature under endpoints/.
// Route files wrap their handler with one of these; the OpenAPI document and the authorization
// tests (app/api/v1/policy-table.test.ts) are generated from the same list.
import { CORE_ENDPOINTS } from './endpoints/core';
import { IMPORT_ENDPOINTS } from './endpoints/import';
import { EDITOR_ENDPOINTS } from './endpoints/editor';
import { ALIGN_ENDPOINTS } from './endpoints/align';
import { PRETRANSLATE_ENDPOINTS } from './endpoints/pretranslate';
import { REVIEW_ENDPOINTS } from './endpoints/review';
import { QA_ENDPOINTS } from './endpoints/qa';
import { PUBLISH_ENDPOINTS } from './endpoints/publish';
import { WORDS_ENDPOINTS } from './endpoints/words';
import { TEAM_ENDPOINTS } from './endpoints/team';
import { DASHBOARD_ENDPOINTS } from './endpoints/dashboard';
import { PALETTE_ENDPOINTS } from './endpoints/palette';

export const API = {
  ...CORE_ENDPOINTS,
  ...IMPORT_ENDPOINTS,
  ...EDITOR_ENDPOINTS,
  ...ALIGN_ENDPOINTS,
  ...PRETRANSLATE_ENDPOINTS,
  ...REVIEW_ENDPOINTS,
  ...QA_ENDPOINTS,
  ...PUBLISH_ENDPOINTS,
  ...WORDS_ENDPOINTS,
  ...TEAM_ENDPOINTS,
  ...DASHBOARD_ENDPOINTS,
  ...PALETTE_ENDPOINTS,
} as const;

export type EndpointId = keyof typeof API;
