import 'server-only';
// DeepL through the official deepl-node client. Configured by DEEPL_AUTH_KEY and, optionally,
// DEEPL_SERVER_URL (another DeepL-compatible server such as scripts/deepl-server.ts). The client
// makes one attempt per call (maxRetries: 1 means one attempt in deepl-node); 429, 5xx and
// retryable connection errors are retried here with our own backoff (lib/mt/retry.ts), whose base
// delay DEEPL_RETRY_BASE_MS (default 500 ms) tests set to a few ms. A 429's Retry-After is honoured,
// and the backoff goes on for DEEPL_RETRY_BUDGET_MS (default 5 minutes of waiting) before the job
// pauses. Errors come out as MtError with a kind the job maps to its outcome: quota (456) pauses,
// auth (403) fails, unavailable pauses.
//
// deepl-node neither takes an AbortSignal nor shows response headers, so each request's axios
// config is extended (its HttpClient.prepareRequest, per Translator instance) from the calling
// request's scope (AsyncLocalStorage): the job's signal, so cancelling aborts the request in
// flight, and a response transform that reads Retry-After on a 429.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import * as deepl from 'deepl-node';
import { withRetry } from '../../mt/retry';

export interface DeeplConfig {
  authKey: string;
  serverUrl?: string;
  /** Translate requests in flight at once (default 4). */
  concurrency: number;
  retry: { attempts: number; baseMs: number; maxMs: number; budgetMs?: number };
  /** Per-request timeout in ms (default 30 s). */
  timeoutMs: number;
}

export type MtErrorKind = 'quota' | 'auth' | 'unavailable' | 'rejected';

export class MtError extends Error {
  /** Attempts made before giving up (set by the provider). */
  attempts = 1;
  constructor(
    readonly kind: MtErrorKind,
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'MtError';
  }
}

export type Formality = 'default' | 'prefer_more' | 'prefer_less';

export function deeplConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DeeplConfig | null {
  const authKey = env.DEEPL_AUTH_KEY?.trim();
  if (!authKey) return null;
  const num = (v: string | undefined, d: number) => (v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : d);
  return {
    authKey,
    serverUrl: env.DEEPL_SERVER_URL?.trim() || undefined,
    concurrency: Math.max(1, Math.min(8, num(env.DEEPL_CONCURRENCY, 4))),
    retry: {
      attempts: num(env.DEEPL_RETRY_ATTEMPTS, 40),
      baseMs: num(env.DEEPL_RETRY_BASE_MS, 500),
      maxMs: num(env.DEEPL_RETRY_MAX_MS, 60_000),
      budgetMs: num(env.DEEPL_RETRY_BUDGET_MS, 300_000),
    },
    timeoutMs: num(env.DEEPL_TIMEOUT_MS, 30_000),
  };
}

/** What the UI says when DeepL is not configured. */
export const DEEPL_SETUP_HINT =
  'DeepL is not configured: set DEEPL_AUTH_KEY (and optionally DEEPL_SERVER_URL for a DeepL-compatible server) and restart the workbench. Translation-memory matches are still filled.';

function isRetryable(err: unknown): boolean {
  if (err instanceof deepl.TooManyRequestsError) return true;
  if (err instanceof deepl.QuotaExceededError || err instanceof deepl.AuthorizationError) return false;
  if (err instanceof deepl.ConnectionError) return err.shouldRetry !== false;
  if (err instanceof deepl.DeepLError) return /^(Service unavailable|Unexpected status code: 5\d\d)/.test(err.message);
  return false;
}

function classify(err: unknown): MtError {
  if (err instanceof MtError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  if (err instanceof deepl.QuotaExceededError) return new MtError('quota', 'DeepL quota exhausted', err);
  if (err instanceof deepl.AuthorizationError) {
    return new MtError('auth', 'DeepL rejected the API key (HTTP 403). Check DEEPL_AUTH_KEY (and DEEPL_SERVER_URL if set).', err);
  }
  if (isRetryable(err)) return new MtError('unavailable', `DeepL is unavailable (${msg.split(',')[0]})`, err);
  return new MtError('rejected', `DeepL refused the request: ${msg}`, err);
}

/** DeepL target codes: English and Portuguese need a variant. */
function targetCode(lang: string): deepl.TargetLanguageCode {
  const l = lang.toLowerCase();
  if (l === 'en') return 'en-US';
  if (l === 'pt') return 'pt-PT';
  return l as deepl.TargetLanguageCode;
}

function sourceCode(lang: string): deepl.SourceLanguageCode {
  return lang.toLowerCase().split('-')[0] as deepl.SourceLanguageCode;
}

export interface TranslateRequest {
  texts: string[];
  sourceLang: string;
  targetLang: string;
  context?: string;
  formality?: Formality;
  glossaryId?: string | null;
  /** Protected spans are sent in ignored XML tags. */
  ignoreTags?: string[];
  /** Aborts the request in flight (and any wait between attempts). */
  signal?: AbortSignal;
  /** Called before each wait for another attempt. */
  onRetry?: (info: RetryInfo) => void;
}

export interface RetryInfo {
  /** The attempt that failed (1 = the first). */
  attempt: number;
  reason: string;
  delayMs: number;
}

interface CallScope {
  signal?: AbortSignal;
  retryAfterMs: number | null;
}

const callScope = new AsyncLocalStorage<CallScope>();

/** Retry-After in seconds or as an HTTP date, in ms; null when absent or unreadable. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

type AxiosConfig = Record<string, unknown>;

/** Extends deepl-node's per-request axios config from the calling request's scope (see the header). */
function extendRequests(translator: deepl.Translator): void {
  const client = (translator as unknown as { httpClient?: { prepareRequest?: (...args: unknown[]) => AxiosConfig } }).httpClient;
  const original = client?.prepareRequest?.bind(client);
  if (!client || !original) return;
  client.prepareRequest = (...args: unknown[]) => {
    const config = original(...args);
    const scope = callScope.getStore();
    if (!scope) return config;
    if (scope.signal) config.signal = scope.signal;
    // deepl-node asks for text and parses the JSON itself: pass the body through, note Retry-After.
    config.transformResponse = [
      (data: unknown, headers: Record<string, unknown> | undefined, status?: number) => {
        if (status === 429) scope.retryAfterMs = parseRetryAfter(headers?.['retry-after']);
        return data;
      },
    ];
    return config;
  };
}

export interface TranslateResponse {
  texts: string[];
  billedCharacters: number;
  attempts: number;
}

export interface GlossaryEntry {
  source: string;
  target: string;
}

export class DeeplProvider {
  readonly translator: deepl.Translator;

  constructor(readonly config: DeeplConfig) {
    this.translator = new deepl.Translator(config.authKey, {
      serverUrl: config.serverUrl,
      maxRetries: 1,
      minTimeout: config.timeoutMs,
      sendPlatformInfo: false,
    });
    extendRequests(this.translator);
  }

  private retrying<T>(
    fn: () => Promise<T>,
    signal?: AbortSignal,
    onRetry?: (info: RetryInfo) => void,
  ): Promise<{ value: T; attempts: number }> {
    let attempts = 0;
    const scope: CallScope = { signal, retryAfterMs: null };
    return callScope
      .run(scope, () =>
        withRetry(
          async () => {
            attempts += 1;
            scope.retryAfterMs = null;
            return { value: await fn(), attempts };
          },
          {
            ...this.config.retry,
            retryable: isRetryable,
            signal,
            requestedDelayMs: () => scope.retryAfterMs,
            onRetry: (err, attempt, delayMs) => onRetry?.({ attempt, delayMs, reason: classify(err).message }),
          },
        ),
      )
      .catch((err: unknown) => {
        const e = classify(err);
        e.attempts = attempts;
        throw e;
      });
  }

  async translate(req: TranslateRequest): Promise<TranslateResponse> {
    const options: deepl.TranslateTextOptions = {
      tagHandling: 'xml',
      ignoreTags: req.ignoreTags ?? ['x'],
      // Paragraph segments: keep DeepL from re-splitting sentences around our tags.
      preserveFormatting: true,
    };
    if (req.context) options.context = req.context;
    if (req.formality && req.formality !== 'default') options.formality = req.formality;
    if (req.glossaryId) options.glossary = req.glossaryId;
    const { value, attempts } = await this.retrying(
      () => this.translator.translateText(req.texts, sourceCode(req.sourceLang), targetCode(req.targetLang), options),
      req.signal,
      req.onRetry,
    );
    return { texts: value.map((r) => r.text), billedCharacters: value.reduce((n, r) => n + (r.billedCharacters ?? 0), 0), attempts };
  }

  async createGlossary(name: string, sourceLang: string, targetLang: string, entries: GlossaryEntry[]): Promise<string> {
    const e = new deepl.GlossaryEntries({ entries: Object.fromEntries(entries.map((x) => [x.source, x.target])) });
    const { value } = await this.retrying(() => this.translator.createGlossary(name, sourceCode(sourceLang), sourceCode(targetLang), e));
    return value.glossaryId;
  }

  async listGlossaries(): Promise<{ id: string; name: string }[]> {
    const { value } = await this.retrying(() => this.translator.listGlossaries());
    return value.map((g) => ({ id: g.glossaryId, name: g.name }));
  }

  async glossaryExists(id: string): Promise<boolean> {
    try {
      await this.retrying(() => this.translator.getGlossary(id));
      return true;
    } catch (err) {
      if (err instanceof MtError && err.kind === 'rejected') return false; // 404 (GlossaryNotFoundError) or invalid id
      throw err;
    }
  }

  async deleteGlossary(id: string): Promise<void> {
    try {
      await this.retrying(() => this.translator.deleteGlossary(id));
    } catch (err) {
      if (!(err instanceof MtError && err.kind === 'rejected')) throw err; // already gone
    }
  }
}

/**
 * Glossary entries from the project's confirmed terms: names and terms map to their Korean form,
 * do-not-translate terms to themselves. DeepL refuses duplicate sources and entries with tabs,
 * newlines or surrounding spaces, so those are cleaned or left out; the order is canonical so
 * that the hash only changes when the content does.
 */
export function glossaryEntries(terms: readonly { source: string; target: string; kind: string }[]): GlossaryEntry[] {
  const bySource = new Map<string, string>();
  for (const t of terms) {
    const source = t.source.trim();
    const target = (t.kind === 'DO_NOT_TRANSLATE' ? t.source : t.target).trim();
    if (!source || !target || /[\t\r\n]/.test(source + target)) continue;
    if (!bySource.has(source)) bySource.set(source, target);
  }
  return [...bySource.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([source, target]) => ({ source, target }));
}

export function glossaryHash(sourceLang: string, targetLang: string, entries: readonly GlossaryEntry[]): string {
  const h = createHash('sha256');
  h.update(`${sourceLang}>${targetLang}\n`);
  for (const e of entries) h.update(`${e.source}\t${e.target}\n`);
  return h.digest('hex').slice(0, 32);
}
