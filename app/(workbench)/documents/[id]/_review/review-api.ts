// Browser calls of the review feature (the REST API under /api/v1); types from lib/review/types.
import { api } from '@/app/_components/api';
import type { MqmCategory, MqmSeverity, AnnotationStatus } from '@/lib/review/mqm';
import type { TAnnotation, TAnnotationReply, TSegmentAnnotations, TSegmentDiff, TSkipReason } from '@/lib/review/types';

export interface DecidedSegment {
  id: string;
  state: string;
  version: number;
  targetText: string;
  rejection: { reason: string } | null;
}

export const reviewApi = {
  list: (segmentId: string) => api<TSegmentAnnotations>(`/api/v1/segments/${segmentId}/annotations`),
  create: (
    segmentId: string,
    body: { side: 'source' | 'target'; start: number; end: number; category: MqmCategory; severity: MqmSeverity; comment: string },
  ) => api<TAnnotation>(`/api/v1/segments/${segmentId}/annotations`, { body }),
  reply: (annotationId: string, body: string) => api<TAnnotationReply>(`/api/v1/annotations/${annotationId}/replies`, { body: { body } }),
  update: (annotationId: string, body: { status?: AnnotationStatus; comment?: string }) =>
    api<TAnnotation>(`/api/v1/annotations/${annotationId}`, { method: 'PATCH', body }),
  approve: (segmentId: string, version?: number) => api<DecidedSegment>(`/api/v1/segments/${segmentId}/approve`, { body: { version } }),
  reject: (segmentId: string, reason: string, version?: number) =>
    api<DecidedSegment>(`/api/v1/segments/${segmentId}/reject`, { body: { reason, version } }),
  reopen: (segmentId: string, version?: number) => api<DecidedSegment>(`/api/v1/segments/${segmentId}/reopen`, { body: { version } }),
  diff: (segmentId: string, from?: number, to?: number) => {
    const q = new URLSearchParams();
    if (from !== undefined) q.set('from', String(from));
    if (to !== undefined) q.set('to', String(to));
    return api<TSegmentDiff>(`/api/v1/segments/${segmentId}/diff${q.size ? `?${q}` : ''}`);
  },
  bulkApprove: (documentId: string, segmentIds: string[]) =>
    api<{ approved: DecidedSegment[]; skipped: { segmentId: string; position: number | null; reasons: TSkipReason[] }[] }>(
      `/api/v1/documents/${documentId}/approve`,
      { body: { segmentIds } },
    ),
};
