// QA endpoints: issues per segment and per document, ignoring a false alarm, project settings.
import { ZUpdateProjectSettingsRequest } from '../../projects/settings';
import { endpoint } from '../endpoint';
import { ZIgnoreQaIssueRequest, ZPutQaChecklistRequest, ZQaQuery } from '../qa.types';

export const QA_ENDPOINTS = {
  documentQa: endpoint({
    id: 'documentQa',
    method: 'GET',
    path: '/api/v1/documents/{id}/qa',
    summary: 'QA issues of every segment (messages in ?lang=en|ko)',
    auth: 'user',
    query: ZQaQuery,
    tag: 'qa',
  }),
  segmentQa: endpoint({
    id: 'segmentQa',
    method: 'GET',
    path: '/api/v1/segments/{id}/qa',
    summary: 'QA issues of one segment',
    auth: 'user',
    query: ZQaQuery,
    tag: 'qa',
  }),
  ignoreQaIssue: endpoint({
    id: 'ignoreQaIssue',
    method: 'POST',
    path: '/api/v1/segments/{id}/qa/ignore',
    summary: 'Ignore (or un-ignore) a false alarm on one segment; recorded with who and when',
    auth: 'user',
    body: ZIgnoreQaIssueRequest,
    tag: 'qa',
  }),
  getProjectSettings: endpoint({
    id: 'getProjectSettings',
    method: 'GET',
    path: '/api/v1/projects/{id}/settings',
    summary: 'Project settings (formality, QA checks switched off, reviewer edits, quality threshold)',
    auth: 'user',
    tag: 'projects',
  }),
  getQaChecklist: endpoint({
    id: 'getQaChecklist',
    method: 'GET',
    path: '/api/v1/projects/{id}/qa-checklist',
    summary: "The project's QA checklist: entries { pattern, regex, side, message, severity, caseSensitive }",
    auth: 'user',
    tag: 'qa',
  }),
  putQaChecklist: endpoint({
    id: 'putQaChecklist',
    method: 'PUT',
    path: '/api/v1/projects/{id}/qa-checklist',
    summary: 'Replace the QA checklist (owner); patterns run on RE2, an invalid one is refused with 400',
    auth: 'user',
    body: ZPutQaChecklistRequest,
    tag: 'qa',
  }),
  updateProjectSettings: endpoint({
    id: 'updateProjectSettings',
    method: 'PATCH',
    path: '/api/v1/projects/{id}/settings',
    summary: 'Change project settings (owner)',
    auth: 'user',
    body: ZUpdateProjectSettingsRequest,
    tag: 'projects',
  }),
} as const;
