import type { SeededProject } from '@/lib/server/testing/factories';
import type { CallOptions } from '@/lib/server/testing/request';

export type Who = 'anonymous' | 'outsider' | 'translator' | 'reviewer' | 'owner';
export type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** One endpoint's row in the policy table: the expected status for anonymous, non-member, translator, reviewer, owner. */
export interface PolicyRow {
  expected: [number, number, number, number, number];
  handler: Handler;
  /** Builds the request for one caller; may create fresh data so each call is independent. */
  prepare: (p: SeededProject, who: Who) => Promise<CallOptions & { path: string }>;
}
