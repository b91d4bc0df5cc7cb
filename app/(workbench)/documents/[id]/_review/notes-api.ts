// The reader-note calls of the editor (annotations of kind "note").
import { call } from '@/app/_components/api-client/client';
import type { TNote } from '@/lib/review/types';

export const notesApi = {
  create: (segmentId: string, body: { side: 'source' | 'target'; start: number; end: number; comment: string }) =>
    call('createAnnotation', { params: { id: segmentId }, body: { kind: 'note', ...body } }) as Promise<TNote>, // kind "note"
  update: (id: string, comment: string) => call('updateAnnotation', { params: { id }, body: { comment } }) as Promise<TNote>, // a note's id
  approve: (id: string) => call('approveNote', { params: { id } }),
  remove: (id: string) => call('deleteAnnotation', { params: { id } }),
};

/** Runs a note call; its error message goes to `fail` (shown in the panel). */
export type RunNote = (fn: () => Promise<void>) => Promise<void>;
