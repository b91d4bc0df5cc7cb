// Alignment of an existing Korean translation with a document's English paragraphs.
import { ZApplyAlignmentRequest, ZProposeAlignmentRequest } from '../align.types';
import { endpoint } from '../endpoint';

export const ALIGN_ENDPOINTS = {
  proposeAlignment: endpoint({
    id: 'proposeAlignment',
    method: 'POST',
    path: '/api/v1/documents/{id}/alignment',
    summary: 'Align a Korean translation ({content, format}) with the document: proposed beads with confidence scores',
    auth: 'user',
    body: ZProposeAlignmentRequest,
    maxBodyBytes: 15 * 1024 * 1024,
    tag: 'alignment',
  }),
  applyAlignment: endpoint({
    id: 'applyAlignment',
    method: 'POST',
    path: '/api/v1/documents/{id}/alignment/apply',
    summary: 'Fill targets from reviewed beads ({beads, state}); origin ALIGNED; 409 before touching human work',
    auth: 'user',
    body: ZApplyAlignmentRequest,
    maxBodyBytes: 15 * 1024 * 1024,
    tag: 'alignment',
  }),
} as const;
