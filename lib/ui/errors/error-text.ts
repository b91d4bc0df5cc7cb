// What the interface says about a failed request: the server sends a stable `reason` (and its
// params) beside its English message (lib/server/errors.ts); the client translates the reason.
// Order: the reason's message → (not English) the category's message → the server's own text →
// a generic message. A reason the client does not know (a newer server) shows the server's text.
// Pure: the caller passes the message lookup (next-intl's t, or a test double).

export type ErrorParams = Record<string, string | number>;

export interface ErrorLike {
  status?: number;
  code?: string;
  reason?: string;
  params?: ErrorParams;
  message?: string;
}

export interface Messages {
  has(key: string): boolean;
  format(key: string, params?: ErrorParams): string;
}

/** Reads `{ error: { code, reason, params, message } }` (any shape tolerated). */
export function errorOfBody(status: number, body: unknown): ErrorLike {
  const e = (body as { error?: Record<string, unknown> } | null)?.error ?? {};
  const params = e.params && typeof e.params === 'object' ? (e.params as ErrorParams) : undefined;
  return {
    status,
    code: typeof e.code === 'string' ? e.code : undefined,
    reason: typeof e.reason === 'string' ? e.reason : undefined,
    params,
    message: typeof e.message === 'string' ? e.message : undefined,
  };
}

/** A message key next-intl accepts (no dots: they would nest). */
const safeKey = (k: string) => /^[a-z][a-z0-9_]*$/.test(k);

function tryFormat(m: Messages, key: string, params?: ErrorParams): string | null {
  if (!safeKey(key) || !m.has(key)) return null;
  try {
    return m.format(key, params);
  } catch {
    return null; // a parameter the message needs is missing
  }
}

export function describeError(e: ErrorLike, m: Messages, locale: string): string {
  if (e.reason) {
    const text = tryFormat(m, e.reason, e.params);
    if (text) return text;
    if (e.message) return e.message; // a reason this client does not know yet
  }
  if (e.code && (locale !== 'en' || !e.message)) {
    const text = tryFormat(m, `code_${e.code}`, e.params);
    if (text) return text;
  }
  if (e.message) return e.message;
  return tryFormat(m, e.status ? 'http_status' : 'unknown', e.status ? { status: e.status } : undefined) ?? `HTTP ${e.status ?? '?'}`;
}

/** True for the browser's "the request did not reach the server" failure. */
export function isNetworkFailure(err: unknown): boolean {
  return err instanceof TypeError && /fetch|network|load failed/i.test(err.message);
}
