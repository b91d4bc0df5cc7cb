// Browser calls of the review feature (the REST API under /api/v1); types from lib/review/types.
import { call, type CallResult } from '@/app/_components/api-client/client';
import type { MqmCategory, MqmSeverity, AnnotationStatus } from '@/lib/review/mqm';
import type { TAnnotation } from '@/lib/review/types';

/** A segment as a review decision returns it (the decide-segment service's answer). */
export type DecidedSegment = CallResult<'approveSegment'>;

export const reviewApi = {
  list: (segmentId: string) => call('listAnnotations', { params: { id: segmentId } }),
  create: (
    segmentId: string,
    body: { side: 'source' | 'target'; start: number; end: number; category: MqmCategory; severity: MqmSeverity; comment: string },
  ) => call('createAnnotation', { params: { id: segmentId }, body }) as Promise<TAnnotation>, // kind "review": never a note
  reply: (annotationId: string, body: string) => call('addAnnotationReply', { params: { id: annotationId }, body: { body } }),
  update: (annotationId: string, body: { status?: AnnotationStatus; comment?: string }) =>
    call('updateAnnotation', { params: { id: annotationId }, body }) as Promise<TAnnotation>, // a review annotation's id
  approve: (segmentId: string, version?: number) => call('approveSegment', { params: { id: segmentId }, body: { version } }),
  reject: (segmentId: string, reason: string, version?: number) =>
    call('rejectSegment', { params: { id: segmentId }, body: { reason, version } }),
  reopen: (segmentId: string, version?: number) => call('reopenSegment', { params: { id: segmentId }, body: { version } }),
  diff: (segmentId: string, from?: number, to?: number) => call('segmentDiff', { params: { id: segmentId }, query: { from, to } }),
  bulkApprove: (documentId: string, segmentIds: string[]) =>
    call('approveDocumentSegments', { params: { id: documentId }, body: { segmentIds } }),
};
