// The error of a refused call to the workbench's REST API (the typed client, ./api-client/client.ts,
// throws it). It carries the server's code, its stable reason and params (translated by useErrorText,
// ./use-error-text.ts) and its English message.
import { errorOfBody, type ErrorLike, type ErrorParams } from '@/lib/ui/errors/error-text';

export class ApiError extends Error implements ErrorLike {
  readonly reason?: string;
  readonly params?: ErrorParams;
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    const d = details as { reason?: unknown; params?: unknown } | undefined;
    if (typeof d?.reason === 'string') this.reason = d.reason;
    if (d?.params && typeof d.params === 'object') this.params = d.params as ErrorParams;
  }

  /** The error of a failed response's JSON body (`{ error: { code, reason, params, message } }`). */
  static of(status: number, body: unknown): ApiError {
    const e = errorOfBody(status, body);
    return new ApiError(status, e.code ?? 'error', e.message ?? `Request failed (${status})`, (body as { error?: unknown } | null)?.error);
  }
}
