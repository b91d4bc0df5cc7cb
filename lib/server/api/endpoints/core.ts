// Foundation endpoints: system, auth, projects, members, documents, segments.
import { ZCreateApiTokenRequest, ZSignInRequest } from '../auth.types';
import { ZCreateDocumentRequest } from '../documents.types';
import { endpoint } from '../endpoint';
import { ZAddMemberRequest, ZCreateProjectRequest, ZUpdateMemberRequest } from '../projects.types';
import { ZListSegmentsQuery, ZUpdateSegmentRequest } from '../segments.types';

export const CORE_ENDPOINTS = {
  health: endpoint({ id: 'health', method: 'GET', path: '/api/health', summary: 'Service and database status', auth: 'public', tag: 'system' }),
  openapi: endpoint({ id: 'openapi', method: 'GET', path: '/api/v1/openapi.json', summary: 'This API as OpenAPI 3.1', auth: 'public', tag: 'system' }),

  signIn: endpoint({ id: 'signIn', method: 'POST', path: '/api/v1/auth/session', summary: 'Sign in; sets the session cookie', auth: 'public', body: ZSignInRequest, tag: 'auth' }),
  signOut: endpoint({ id: 'signOut', method: 'DELETE', path: '/api/v1/auth/session', summary: 'Sign out', auth: 'public', tag: 'auth' }),
  me: endpoint({ id: 'me', method: 'GET', path: '/api/v1/auth/me', summary: 'The signed-in user', auth: 'user', tag: 'auth' }),
  listTokens: endpoint({ id: 'listTokens', method: 'GET', path: '/api/v1/auth/tokens', summary: 'Your personal API tokens', auth: 'user', tag: 'auth' }),
  createToken: endpoint({ id: 'createToken', method: 'POST', path: '/api/v1/auth/tokens', summary: 'Create a personal API token (shown once)', auth: 'user', body: ZCreateApiTokenRequest, successStatus: 201, tag: 'auth' }),
  revokeToken: endpoint({ id: 'revokeToken', method: 'DELETE', path: '/api/v1/auth/tokens/{id}', summary: 'Revoke a personal API token', auth: 'user', tag: 'auth' }),

  listProjects: endpoint({ id: 'listProjects', method: 'GET', path: '/api/v1/projects', summary: 'Projects you are a member of', auth: 'user', tag: 'projects' }),
  createProject: endpoint({ id: 'createProject', method: 'POST', path: '/api/v1/projects', summary: 'Create a project; you become its owner', auth: 'user', body: ZCreateProjectRequest, successStatus: 201, tag: 'projects' }),
  getProject: endpoint({ id: 'getProject', method: 'GET', path: '/api/v1/projects/{id}', summary: 'A project with its documents and members', auth: 'user', tag: 'projects' }),
  addMember: endpoint({ id: 'addMember', method: 'POST', path: '/api/v1/projects/{id}/members', summary: 'Add a member by email (owner)', auth: 'user', body: ZAddMemberRequest, successStatus: 201, tag: 'projects' }),
  updateMember: endpoint({ id: 'updateMember', method: 'PATCH', path: '/api/v1/projects/{id}/members/{userId}', summary: "Change a member's role (owner)", auth: 'user', body: ZUpdateMemberRequest, tag: 'projects' }),
  removeMember: endpoint({ id: 'removeMember', method: 'DELETE', path: '/api/v1/projects/{id}/members/{userId}', summary: 'Remove a member (owner)', auth: 'user', tag: 'projects' }),

  createDocument: endpoint({ id: 'createDocument', method: 'POST', path: '/api/v1/projects/{id}/documents', summary: 'Import a document: JSON {title, content, format} or a multipart upload (field "file", optional "title", "format"); returns the detected names', auth: 'user', body: ZCreateDocumentRequest, rawBody: true, maxBodyBytes: 15 * 1024 * 1024, successStatus: 201, tag: 'documents' }),
  getDocument: endpoint({ id: 'getDocument', method: 'GET', path: '/api/v1/documents/{id}', summary: 'A document with its progress', auth: 'user', tag: 'documents' }),
  listSegments: endpoint({ id: 'listSegments', method: 'GET', path: '/api/v1/documents/{id}/segments', summary: "A document's segments in order", auth: 'user', query: ZListSegmentsQuery, tag: 'documents' }),
  updateSegment: endpoint({ id: 'updateSegment', method: 'PATCH', path: '/api/v1/segments/{id}', summary: 'Save a target (optimistic concurrency on version)', auth: 'user', body: ZUpdateSegmentRequest, tag: 'segments' }),
} as const;
