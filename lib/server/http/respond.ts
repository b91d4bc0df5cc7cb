import 'server-only';
import { z } from 'zod';
import { AppError, type FieldIssue } from '../errors';

// Bodies below this size are sent uncompressed: for a small JSON answer (a save, an error) gzip
// costs the server more CPU than it saves on the wire. `no-transform` tells Next.js's compression
// to leave them alone; larger answers (a document's segments) are still compressed.
export const COMPRESS_FROM_BYTES = 16 * 1024;

export function json(data: unknown, status = 200, headers?: HeadersInit): Response {
  const h = new Headers(headers);
  const body = JSON.stringify(data);
  h.set('content-type', 'application/json; charset=utf-8');
  h.set('cache-control', body.length < COMPRESS_FROM_BYTES ? 'no-store, no-transform' : 'no-store');
  return new Response(body, { status, headers: h });
}

export function errorBody(code: string, message: string, extra?: Record<string, unknown>) {
  return { error: { code, message, ...extra } };
}

export function fieldIssues(error: z.ZodError, prefix?: string): FieldIssue[] {
  return error.issues.map((i) => ({
    path: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(root)',
    message: i.message,
  }));
}

export function validationError(error: z.ZodError, where: 'body' | 'query' | 'params'): AppError {
  const fields = fieldIssues(error);
  const first = fields[0]!;
  const label = where === 'body' ? '' : `${where} `;
  return new AppError('validation_failed', `Invalid ${label}field "${first.path}": ${first.message}`, { fields }).because('invalid_field', {
    field: first.path,
  });
}

export function errorResponse(err: unknown): Response {
  if (err instanceof AppError) {
    const reason = err.reason ? { reason: err.reason, ...(err.params ? { params: err.params } : {}) } : undefined;
    return json(errorBody(err.code, err.message, { ...reason, ...err.details }), err.status, err.headers);
  }
  if (err instanceof z.ZodError) return errorResponse(validationError(err, 'body'));
  console.error('[api] unexpected error', err);
  return json(errorBody('internal', 'Something went wrong on the server; nothing was changed. Try again.', { reason: 'internal' }), 500);
}
