// Import and glossary endpoints: terms (names, terms, do-not-translate), their CSV/TBX exchange, and
// the "do not translate" flag on segments. Document import itself is core's createDocument.
import { ZSetDoNotTranslateRequest } from '../documents.types';
import { endpoint } from '../endpoint';
import { ZCreateTermRequest, ZExportTermsQuery, ZImportTermsQuery, ZListTermsQuery, ZUpdateTermRequest } from '../terms.types';

export const IMPORT_ENDPOINTS = {
  listTerms: endpoint({
    id: 'listTerms',
    method: 'GET',
    path: '/api/v1/projects/{id}/terms',
    summary: 'The project glossary (search with q, filter by kind and status)',
    auth: 'user',
    query: ZListTermsQuery,
    tag: 'glossary',
  }),
  createTerm: endpoint({
    id: 'createTerm',
    method: 'POST',
    path: '/api/v1/projects/{id}/terms',
    summary: 'Add a glossary entry (owner)',
    auth: 'user',
    body: ZCreateTermRequest,
    successStatus: 201,
    tag: 'glossary',
  }),
  updateTerm: endpoint({
    id: 'updateTerm',
    method: 'PATCH',
    path: '/api/v1/terms/{id}',
    summary: 'Edit a glossary entry, or confirm a proposed name (owner)',
    auth: 'user',
    body: ZUpdateTermRequest,
    tag: 'glossary',
  }),
  deleteTerm: endpoint({
    id: 'deleteTerm',
    method: 'DELETE',
    path: '/api/v1/terms/{id}',
    summary: 'Delete a glossary entry (owner)',
    auth: 'user',
    tag: 'glossary',
  }),
  exportTerms: endpoint({
    id: 'exportTerms',
    method: 'GET',
    path: '/api/v1/projects/{id}/terms/export',
    summary: 'Export the confirmed glossary as CSV (DeepL source,target) or TBX-Basic',
    auth: 'user',
    query: ZExportTermsQuery,
    tag: 'glossary',
  }),
  importTerms: endpoint({
    id: 'importTerms',
    method: 'POST',
    path: '/api/v1/projects/{id}/terms/import',
    summary: 'Import a CSV or TBX glossary (multipart field "file"); all rows or none',
    auth: 'user',
    query: ZImportTermsQuery,
    rawBody: true,
    tag: 'glossary',
  }),
  setDoNotTranslate: endpoint({
    id: 'setDoNotTranslate',
    method: 'PUT',
    path: '/api/v1/segments/{id}/do-not-translate',
    summary: 'Mark a segment "do not translate" (owner)',
    auth: 'user',
    body: ZSetDoNotTranslateRequest,
    tag: 'segments',
  }),
} as const;
