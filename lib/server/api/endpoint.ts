import type { z } from 'zod';

/** Describes one REST endpoint: used by the route wrapper, the OpenAPI document and the policy tests. */
export interface Endpoint {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string; // OpenAPI style: /api/v1/projects/{id}
  summary: string;
  auth: 'public' | 'user';
  body?: z.ZodType;
  query?: z.ZodType;
  /** The body is not JSON (multipart uploads, for instance) and the handler reads it itself. */
  rawBody?: boolean;
  maxBodyBytes?: number;
  successStatus?: number;
  tag: string;
}

export function endpoint<const E extends Endpoint>(e: E): E {
  return e;
}
