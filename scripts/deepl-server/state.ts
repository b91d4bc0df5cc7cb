// The stand-in's state: its mode (the switches), counters, the log of translate requests and the
// glossaries, shared by the endpoint families (translate.ts, glossary-routes.ts, info.ts) and the
// fault injection (faults.ts). One ServerState per startDeeplServer() call.

import { z } from 'zod';
import { GlossaryStore } from './glossaries';
import { mulberry32 } from '../../lib/random';

/** DeepL's limits for /v2/translate. */
export const MAX_TEXTS_PER_REQUEST = 50;
export const MAX_TRANSLATE_BODY_BYTES = 128 * 1024;
/** Glossary uploads may be much larger than translate requests (DeepL allows 10 MB). */
export const MAX_OTHER_BODY_BYTES = 10 * 1024 * 1024;
/** Reported character limit when no quota is set: large, so long dev sessions never hit it. */
export const DEFAULT_CHARACTER_LIMIT = 1_000_000_000;
export const DEFAULT_AUTH_KEYS = ['test-key', 'test-key:fx'];

export type FailStatus = 429 | 456 | 500 | 503;

/**
 * One step of a scripted outage: what the next `times` requests (default: every one from here on)
 * get. 'ok' lets them through to the normal path; 'hang' never answers them (the client's timeout
 * fires); a status answers with that injected failure.
 */
export interface ScriptStep {
  do: 'ok' | 'hang' | FailStatus;
  times?: number;
}

export interface DeeplServerMode {
  /** Delay before every answer, in ms. */
  latencyMs: number;
  /** Status returned by injected failures. */
  failStatus: FailStatus;
  /** Probability (0..1) that a request fails with failStatus; drawn from a seeded PRNG. */
  failRate: number;
  /** The next n requests fail with failStatus. */
  failNext: number;
  /** Seed of the PRNG behind failRate; setting it restarts the sequence. */
  seed: number;
  /** Character limit: a translation that would bring usage past it gets 456. null: no quota. */
  quotaCharacters: number | null;
  /** true: never answer; a number: answer after that many ms; false: answer normally. */
  hang: boolean | number;
  /** Lose ('drop') or alter ('mangle') the first ignored (protected) element of every text. */
  dropProtected: false | 'drop' | 'mangle';
  /** Which requests latency-free faults (fail*, hang, script) apply to: translate only, or every endpoint. */
  scope: 'translate' | 'all';
  /**
   * A scripted outage, by request number from the moment it was set: e.g. 5 ok, a 429 storm of 6,
   * two 503, one hang, then 456 for good. While a script runs, its step decides instead of
   * failNext/failRate/hang; requests past the last step pass. Setting it restarts it.
   */
  script: ScriptStep[] | null;
  /**
   * Canned answers: a text received exactly as a key (tags and all) is "translated" to its value
   * instead of the pseudo-translation, e.g. to make the engine put a wrong particle after a name.
   */
  fixedTranslations: Record<string, string> | null;
  /** Seconds sent in a `Retry-After` header with every injected 429 (null: no header, as DeepL mostly does). */
  retryAfterSeconds: number | null;
}

export interface DeeplServerStats {
  /** Every API request received (not /__control). */
  requests: number;
  /** POST /v2/translate requests received, including failed ones. */
  translateRequests: number;
  /** Translate requests answered with 200. */
  translateOk: number;
  /** Texts translated in successful requests. */
  texts: number;
  /** Characters billed by successful requests (also the usage character_count). */
  billedCharacters: number;
  /** Translate requests currently being handled. */
  inFlight: number;
  /** Highest number of translate requests handled at the same time. */
  maxConcurrent: number;
  /** Failures produced by failNext/failRate/script. */
  injectedFailures: number;
  /** Requests left unanswered by hang=true or a scripted hang. */
  hungRequests: number;
  /** Requests the current script has decided so far. */
  scriptedRequests: number;
  /** Responses by HTTP status. */
  statusCounts: Record<string, number>;
}

export interface TranslateLogEntry {
  params: Record<string, string | string[]>;
  status: number;
}

export interface DeeplServerOptions extends Partial<DeeplServerMode> {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Keys accepted in `Authorization: DeepL-Auth-Key <key>`; others get 403. */
  authKeys?: readonly string[];
  /** Accept any non-empty key (still 403 without one). */
  acceptAnyKey?: boolean;
  /** Log one line per request: true for stdout, or a function. */
  log?: boolean | ((line: string) => void);
}

export const DEFAULT_MODE: DeeplServerMode = {
  latencyMs: 0,
  failStatus: 429,
  failRate: 0,
  failNext: 0,
  seed: 1,
  quotaCharacters: null,
  hang: false,
  dropProtected: false,
  scope: 'translate',
  script: null,
  fixedTranslations: null,
  retryAfterSeconds: null,
};

const failStatusSchema = z.union([z.literal(429), z.literal(456), z.literal(500), z.literal(503)]);

export const controlSchema = z
  .object({
    latencyMs: z.number().min(0),
    failStatus: failStatusSchema,
    failRate: z.number().min(0).max(1),
    failNext: z.number().int().min(0),
    seed: z.number().int(),
    quotaCharacters: z.number().int().min(0).nullable(),
    hang: z.union([z.boolean(), z.number().min(0)]),
    dropProtected: z.union([z.literal(false), z.enum(['drop', 'mangle'])]),
    scope: z.enum(['translate', 'all']),
    script: z
      .array(
        z
          .object({ do: z.union([z.literal('ok'), z.literal('hang'), failStatusSchema]), times: z.number().int().min(1).optional() })
          .strict(),
      )
      .nullable(),
    fixedTranslations: z.record(z.string(), z.string()).nullable(),
    retryAfterSeconds: z.number().int().min(0).max(3600).nullable(),
    /** Back to the mode the server was started with (applied before the other fields). */
    reset: z.boolean(),
    resetStats: z.boolean(),
    clearGlossaries: z.boolean(),
  })
  .partial()
  .strict();

export type ControlPatch = z.infer<typeof controlSchema>;

export function emptyStats(): DeeplServerStats {
  return {
    requests: 0,
    translateRequests: 0,
    translateOk: 0,
    texts: 0,
    billedCharacters: 0,
    inFlight: 0,
    maxConcurrent: 0,
    injectedFailures: 0,
    hungRequests: 0,
    scriptedRequests: 0,
    statusCounts: {},
  };
}

export function initialModeFrom(options: DeeplServerOptions): DeeplServerMode {
  const initialMode: DeeplServerMode = { ...DEFAULT_MODE };
  for (const key of Object.keys(DEFAULT_MODE) as (keyof DeeplServerMode)[]) {
    if (options[key] !== undefined) (initialMode as unknown as Record<string, unknown>)[key] = options[key];
  }
  return initialMode;
}

export class ServerState {
  mode: DeeplServerMode;
  rng: () => number;
  /** Requests the running script has decided (its position). */
  scriptPosition = 0;
  readonly stats = emptyStats();
  readonly translateLog: TranslateLogEntry[] = [];
  readonly glossaries = new GlossaryStore();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly initialMode: DeeplServerMode) {
    this.mode = { ...initialMode };
    this.rng = mulberry32(this.mode.seed);
  }

  setMode(patch: ControlPatch): DeeplServerMode {
    const parsed = controlSchema.parse(patch);
    const { reset, resetStats: doResetStats, clearGlossaries, ...fields } = parsed;
    if (reset) {
      this.mode = { ...this.initialMode };
      this.rng = mulberry32(this.mode.seed);
      this.scriptPosition = 0;
    }
    this.mode = { ...this.mode, ...fields };
    if (fields.seed !== undefined) this.rng = mulberry32(fields.seed);
    if (fields.script !== undefined) this.scriptPosition = 0;
    if (doResetStats) this.resetStats();
    if (clearGlossaries) this.glossaries.clear();
    return { ...this.mode };
  }

  resetStats(): void {
    const inFlight = this.stats.inFlight;
    Object.assign(this.stats, emptyStats(), { inFlight });
    this.translateLog.length = 0;
  }

  characterLimit(): number {
    return this.mode.quotaCharacters ?? DEFAULT_CHARACTER_LIMIT;
  }

  /** A delay that close() cancels. */
  sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        this.timers.delete(t);
        resolve();
      }, ms);
      this.timers.add(t);
    });
  }

  clearTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
