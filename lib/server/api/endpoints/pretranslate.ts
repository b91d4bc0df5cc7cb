// Endpoints of the pretranslate feature: translation memory, DeepL pre-translation and jobs.
import { endpoint } from '../endpoint';
import { ZPretranslateRequest, ZPretranslateSettingsRequest, ZSuggestionsQuery, ZTmSearchQuery } from '../pretranslate.types';

export const PRETRANSLATE_ENDPOINTS = {
  pretranslateDocument: endpoint({
    id: 'pretranslateDocument',
    method: 'POST',
    path: '/api/v1/documents/{id}/pretranslate',
    summary:
      'Pre-translate a document from the memory and DeepL as a background job ({scope, dryRun, formality}) → {jobId, estimatedCharacters}',
    auth: 'user',
    body: ZPretranslateRequest,
    tag: 'pretranslate',
  }),
  pretranslateStatus: endpoint({
    id: 'pretranslateStatus',
    method: 'GET',
    path: '/api/v1/documents/{id}/pretranslate',
    summary: "Whether DeepL is configured, the project's formality and the document's latest pre-translation job",
    auth: 'user',
    tag: 'pretranslate',
  }),
  getJob: endpoint({
    id: 'getJob',
    method: 'GET',
    path: '/api/v1/jobs/{id}',
    summary: 'A background job: {state, done, total, error, …}',
    auth: 'user',
    tag: 'pretranslate',
  }),
  cancelJob: endpoint({
    id: 'cancelJob',
    method: 'POST',
    path: '/api/v1/jobs/{id}/cancel',
    summary: 'Cancel a queued, running or paused job (what it wrote stays)',
    auth: 'user',
    tag: 'pretranslate',
  }),
  resumeJob: endpoint({
    id: 'resumeJob',
    method: 'POST',
    path: '/api/v1/jobs/{id}/resume',
    summary: 'Resume a paused (or failed) job where it stopped',
    auth: 'user',
    tag: 'pretranslate',
  }),
  updatePretranslateSettings: endpoint({
    id: 'updatePretranslateSettings',
    method: 'PATCH',
    path: '/api/v1/projects/{id}/pretranslate-settings',
    summary: "The project's DeepL formality preference (owner)",
    auth: 'user',
    body: ZPretranslateSettingsRequest,
    tag: 'pretranslate',
  }),
  segmentSuggestions: endpoint({
    id: 'segmentSuggestions',
    method: 'GET',
    path: '/api/v1/segments/{id}/suggestions',
    summary:
      'Memory matches for a segment (101 context, 100 exact, fuzzy ≥ 75 % with diff spans; approved before confirmed at equal score; each with state, origin, author name and date) and its machine-translation QA warnings',
    auth: 'user',
    query: ZSuggestionsQuery,
    tag: 'pretranslate',
  }),
  searchTm: endpoint({
    id: 'searchTm',
    method: 'GET',
    path: '/api/v1/projects/{id}/tm/search',
    summary: 'Concordance search in the project memory (source and target; approved first, with state, origin, author name and date)',
    auth: 'user',
    query: ZTmSearchQuery,
    tag: 'pretranslate',
  }),
  exportTm: endpoint({
    id: 'exportTm',
    method: 'GET',
    path: '/api/v1/projects/{id}/tm/export',
    summary: 'The project memory as TMX 1.4',
    auth: 'user',
    tag: 'pretranslate',
  }),
  importTm: endpoint({
    id: 'importTm',
    method: 'POST',
    path: '/api/v1/projects/{id}/tm/import',
    summary: 'Import TMX into the project memory (multipart field "file", or the XML as the body) (owner)',
    auth: 'user',
    rawBody: true,
    maxBodyBytes: 50 * 1024 * 1024,
    tag: 'pretranslate',
  }),
} as const;
