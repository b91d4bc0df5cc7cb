// Typed application errors. Every error a user can cause maps to one code and one HTTP status,
// and its message says what to do about it. `reason` is a stable, finer code for the message
// itself (e.g. "wrong_credentials") with its `params`: the browser translates it
// (lib/ui/i18n/messages, namespace "errors"; lib/ui/errors/error-text.ts, app/_components/use-error-text.ts) and shows the English
// message only for a reason it does not know. Sent as { error: { code, reason, params, message } }.

export const ERROR_STATUS = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  qa_blocked: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldIssue {
  path: string;
  message: string;
}

export type ErrorParams = Record<string, string | number>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  readonly headers?: Record<string, string>;
  reason?: string;
  params?: ErrorParams;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, headers?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
    this.headers = headers;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** Names the message with a stable reason (and its parameters) the client can translate. */
  because(reason: string, params?: ErrorParams): this {
    this.reason = reason;
    if (params) this.params = params;
    return this;
  }
}

/** "API token" → "api_token_not_found": the reason of a not-found error for one kind of resource. */
export function notFoundReason(what: string): string {
  return `${what
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')}_not_found`;
}

export const notFound = (what = 'Resource') => new AppError('not_found', `${what} not found.`).because(notFoundReason(what));
export const forbidden = (message = 'Your role in this project does not allow this.', reason = 'forbidden') =>
  new AppError('forbidden', message).because(reason);
export const unauthenticated = () =>
  new AppError('unauthenticated', 'Sign in first, or send a personal API token as "Authorization: Bearer <token>".').because(
    'sign_in_required',
  );
