// The reader-note calls of the editor (annotations of kind "note").
import { api } from '@/app/_components/api';
import type { TNote } from '@/lib/review/types';

export const notesApi = {
  create: (segmentId: string, body: { side: 'source' | 'target'; start: number; end: number; comment: string }) =>
    api<TNote>(`/api/v1/segments/${segmentId}/annotations`, { body: { kind: 'note', ...body } }),
  update: (id: string, comment: string) => api<TNote>(`/api/v1/annotations/${id}`, { method: 'PATCH', body: { comment } }),
  approve: (id: string) => api<TNote>(`/api/v1/annotations/${id}/approve`, { method: 'POST' }),
  remove: (id: string) => api<{ deleted: true }>(`/api/v1/annotations/${id}`, { method: 'DELETE' }),
};

/** Runs a note call; its error message goes to `fail` (shown in the panel). */
export type RunNote = (fn: () => Promise<void>) => Promise<void>;
