import 'server-only';
import { safeJson, type JobState } from '../jobs/runner';
import type { QaWarning } from './run-pretranslate';

export interface TJob {
  id: string;
  type: string;
  projectId: string;
  documentId: string | null;
  state: JobState;
  done: number;
  total: number;
  error: string | null;
  scope: string | null;
  estimatedCharacters: number | null;
  /** Present once the job stopped (done, paused, failed, cancelled). */
  result: { tm: number; mt: number; mtDisabled?: boolean; warnings: { segmentId: string; position: number; qa: QaWarning[] }[] } | null;
  createdAt: string;
  updatedAt: string;
}

export function presentJob(j: { id: string; type: string; projectId: string; documentId: string | null; state: string; done: number; total: number; error: string | null; params: string; createdAt: Date; updatedAt: Date }): TJob {
  const p = safeJson(j.params) as { scope?: string; estimatedCharacters?: number; tm?: number; mt?: number; mtDisabled?: boolean; warnings?: TJob['result'] extends infer R ? R extends { warnings: infer W } ? W : never : never };
  return {
    id: j.id,
    type: j.type,
    projectId: j.projectId,
    documentId: j.documentId,
    state: j.state as JobState,
    done: j.done,
    total: j.total,
    error: j.error,
    scope: p.scope ?? null,
    estimatedCharacters: typeof p.estimatedCharacters === 'number' ? p.estimatedCharacters : null,
    result: typeof p.tm === 'number' ? { tm: p.tm, mt: p.mt ?? 0, ...(p.mtDisabled ? { mtDisabled: true } : {}), warnings: p.warnings ?? [] } : null,
    createdAt: j.createdAt.toISOString(),
    updatedAt: j.updatedAt.toISOString(),
  };
}
