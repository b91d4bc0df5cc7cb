// Endpoints of the review feature. Each entry: endpoint({ id, method, path, summary, auth, body?, query?, tag }).
import { endpoint } from '../endpoint';
import {
  ZAddReplyRequest, ZApproveDocumentRequest, ZCreateAnnotationRequest, ZDecisionRequest, ZQualityQuery, ZRejectRequest, ZReopenRequest,
  ZSegmentDiffQuery, ZUpdateAnnotationRequest,
} from '../review.types';

export const REVIEW_ENDPOINTS = {
  createAnnotation: endpoint({ id: 'createAnnotation', method: 'POST', path: '/api/v1/segments/{id}/annotations', summary: 'Annotate a span of the source or target text: kind "review" (default; MQM category, severity, comment with @mentions) or kind "note" (a note for readers: comment only; translators and owners)', auth: 'user', body: ZCreateAnnotationRequest, successStatus: 201, tag: 'review' }),
  approveNote: endpoint({ id: 'approveNote', method: 'POST', path: '/api/v1/annotations/{id}/approve', summary: "Approve a translator's reader note for publishing (reviewer, owner)", auth: 'user', tag: 'review' }),
  listAnnotations: endpoint({ id: 'listAnnotations', method: 'GET', path: '/api/v1/segments/{id}/annotations', summary: "A segment's annotations with replies, its review state and the rejection reason", auth: 'user', tag: 'review' }),
  addAnnotationReply: endpoint({ id: 'addAnnotationReply', method: 'POST', path: '/api/v1/annotations/{id}/replies', summary: 'Reply to an annotation (@mentions of members)', auth: 'user', body: ZAddReplyRequest, successStatus: 201, tag: 'review' }),
  deleteAnnotation: endpoint({ id: 'deleteAnnotation', method: 'DELETE', path: '/api/v1/annotations/{id}', summary: 'Delete an annotation (its author or an owner; recorded: status deleted, by whom and when)', auth: 'user', tag: 'review' }),
  updateAnnotation: endpoint({ id: 'updateAnnotation', method: 'PATCH', path: '/api/v1/annotations/{id}', summary: 'Set status (open, resolved, wontfix; any member) or change the comment/category/severity (author)', auth: 'user', body: ZUpdateAnnotationRequest, tag: 'review' }),
  approveSegment: endpoint({ id: 'approveSegment', method: 'POST', path: '/api/v1/segments/{id}/approve', summary: 'Approve a segment (reviewer, owner); optional version, 409 when stale', auth: 'user', body: ZDecisionRequest, tag: 'review' }),
  rejectSegment: endpoint({ id: 'rejectSegment', method: 'POST', path: '/api/v1/segments/{id}/reject', summary: 'Reject a segment with a reason (reviewer, owner)', auth: 'user', body: ZRejectRequest, tag: 'review' }),
  reopenSegment: endpoint({ id: 'reopenSegment', method: 'POST', path: '/api/v1/segments/{id}/reopen', summary: 'Reopen an approved segment for editing (reviewer, owner)', auth: 'user', body: ZReopenRequest, tag: 'review' }),
  segmentDiff: endpoint({ id: 'segmentDiff', method: 'GET', path: '/api/v1/segments/{id}/diff', summary: 'Word diff origin → current, or ?from=<version>&to=<version>', auth: 'user', query: ZSegmentDiffQuery, tag: 'review' }),
  approveDocumentSegments: endpoint({ id: 'approveDocumentSegments', method: 'POST', path: '/api/v1/documents/{id}/approve', summary: 'Bulk approve; skips segments with open major/critical annotations or QA errors and says why', auth: 'user', body: ZApproveDocumentRequest, tag: 'review' }),
  documentQuality: endpoint({ id: 'documentQuality', method: 'GET', path: '/api/v1/documents/{id}/quality', summary: 'MQM quality report (JSON, or ?format=csv)', auth: 'user', query: ZQualityQuery, tag: 'review' }),
  documentAnnotationsJsonLd: endpoint({ id: 'documentAnnotationsJsonLd', method: 'GET', path: '/api/v1/documents/{id}/annotations.jsonld', summary: 'All annotations as a W3C Web Annotation collection (JSON-LD)', auth: 'user', tag: 'review' }),
} as const;
