import 'server-only';
import { safeJson, type JobState } from '../jobs/runner';
import type { QaWarning } from './qa-warnings';

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
  /** Characters DeepL billed for this job so far (its answers' billed_characters, over all runs). */
  billedCharacters: number;
  /** While a DeepL request waits for another attempt (429, 5xx, connection): which, why and until when. */
  retrying: { attempt: number; reason: string; nextAt: string } | null;
  /** Present once the job stopped (done, paused, failed, cancelled). */
  result: { tm: number; mt: number; mtDisabled?: boolean; warnings: { segmentId: string; position: number; qa: QaWarning[] }[] } | null;
  createdAt: string;
  updatedAt: string;
}

export function presentJob(j: {
  id: string;
  type: string;
  projectId: string;
  documentId: string | null;
  state: string;
  done: number;
  total: number;
  error: string | null;
  params: string;
  billedCharacters?: number;
  retrying?: string | null;
  createdAt: Date;
  updatedAt: Date;
}): TJob {
  const retrying = j.state === 'running' ? (safeJson(j.retrying) as Partial<NonNullable<TJob['retrying']>>) : {};
  const p = safeJson(j.params) as {
    scope?: string;
    estimatedCharacters?: number;
    tm?: number;
    mt?: number;
    mtDisabled?: boolean;
    warnings?: TJob['result'] extends infer R ? (R extends { warnings: infer W } ? W : never) : never;
  };
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
    billedCharacters: j.billedCharacters ?? 0,
    retrying:
      typeof retrying.attempt === 'number' && typeof retrying.nextAt === 'string'
        ? { attempt: retrying.attempt, reason: String(retrying.reason ?? ''), nextAt: retrying.nextAt }
        : null,
    result:
      typeof p.tm === 'number'
        ? { tm: p.tm, mt: p.mt ?? 0, ...(p.mtDisabled ? { mtDisabled: true } : {}), warnings: p.warnings ?? [] }
        : null,
    createdAt: j.createdAt.toISOString(),
    updatedAt: j.updatedAt.toISOString(),
  };
}
