// Local DeepL-compatible server for development and tests. It speaks the same HTTP API as DeepL for
// what the workbench uses (translate, usage, languages, v2 and v3 glossaries), so the real
// deepl-node client can be pointed at it with `serverUrl`, and it can misbehave on demand (latency,
// 429/5xx/456, hanging, losing a protected tag) so retry, quota and QA paths can be exercised
// without a DeepL account. Its output is visibly fake: "[MT] " + a Hangul pseudo-translation.
//
//   npx tsx scripts/deepl-server.ts --port 8787
//   DEEPL_SERVER_URL=http://127.0.0.1:8787 DEEPL_AUTH_KEY=test-key:fx ...
//
// Switches: CLI flags, DEEPL_FAKE_* environment variables, `POST /__control` with JSON, or the
// handle returned by startDeeplServer() in tests. See README at the end of this file (usage()).

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  checkLanguagePair,
  type Dictionary,
  type Glossary,
  GlossaryStore,
  HttpError,
  parseEntries,
  toTsv,
  v2Info,
  v3DictionaryInfo,
  v3Info,
} from './deepl-server/glossaries';
import {
  findSourceLanguage,
  findTargetLanguage,
  GLOSSARY_LANGUAGES,
  glossaryLanguage,
  SOURCE_LANGUAGES,
  TARGET_LANGUAGES,
} from './deepl-server/languages';
import { type Params, parseParams } from './deepl-server/params';
import { billedCharacters, fakeTranslate } from './deepl-server/pseudo';

/** DeepL's limits for /v2/translate. */
export const MAX_TEXTS_PER_REQUEST = 50;
export const MAX_TRANSLATE_BODY_BYTES = 128 * 1024;
/** Glossary uploads may be much larger than translate requests (DeepL allows 10 MB). */
const MAX_OTHER_BODY_BYTES = 10 * 1024 * 1024;
/** Reported character limit when no quota is set: large, so long dev sessions never hit it. */
export const DEFAULT_CHARACTER_LIMIT = 1_000_000_000;
export const DEFAULT_AUTH_KEYS = ['test-key', 'test-key:fx'];

export type FailStatus = 429 | 456 | 500 | 503;

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
  /** Which requests latency-free faults (fail*, hang) apply to: translate only, or every endpoint. */
  scope: 'translate' | 'all';
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
  /** Failures produced by failNext/failRate. */
  injectedFailures: number;
  /** Requests left unanswered by hang=true. */
  hungRequests: number;
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

export interface DeeplServerHandle {
  /** Base URL for deepl-node's serverUrl, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  readonly mode: DeeplServerMode;
  /** Live counters (the same object is updated in place). */
  readonly stats: DeeplServerStats;
  /** The last 200 translate requests that passed authentication, oldest first. */
  readonly translateLog: readonly TranslateLogEntry[];
  setMode(patch: ControlPatch): DeeplServerMode;
  resetStats(): void;
  close(): Promise<void>;
}

const DEFAULT_MODE: DeeplServerMode = {
  latencyMs: 0,
  failStatus: 429,
  failRate: 0,
  failNext: 0,
  seed: 1,
  quotaCharacters: null,
  hang: false,
  dropProtected: false,
  scope: 'translate',
};

export const controlSchema = z
  .object({
    latencyMs: z.number().min(0),
    failStatus: z.union([z.literal(429), z.literal(456), z.literal(500), z.literal(503)]),
    failRate: z.number().min(0).max(1),
    failNext: z.number().int().min(0),
    seed: z.number().int(),
    quotaCharacters: z.number().int().min(0).nullable(),
    hang: z.union([z.boolean(), z.number().min(0)]),
    dropProtected: z.union([z.literal(false), z.enum(['drop', 'mangle'])]),
    scope: z.enum(['translate', 'all']),
    /** Back to the mode the server was started with (applied before the other fields). */
    reset: z.boolean(),
    resetStats: z.boolean(),
    clearGlossaries: z.boolean(),
  })
  .partial()
  .strict();

export type ControlPatch = z.infer<typeof controlSchema>;

function emptyStats(): DeeplServerStats {
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
    statusCounts: {},
  };
}

/** mulberry32: small seeded PRNG so failRate runs are reproducible. */
function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INJECTED_MESSAGES: Record<FailStatus, string> = {
  429: 'Too many requests. Please wait and resend your request.',
  456: 'Quota exceeded. The character limit has been reached.',
  500: 'Internal server error (injected by the local DeepL stand-in).',
  503: 'Temporary Error',
};

const FORMALITIES = new Set(['default', 'more', 'less', 'prefer_more', 'prefer_less']);

export async function startDeeplServer(options: DeeplServerOptions = {}): Promise<DeeplServerHandle> {
  const initialMode: DeeplServerMode = { ...DEFAULT_MODE };
  for (const key of Object.keys(DEFAULT_MODE) as (keyof DeeplServerMode)[]) {
    if (options[key] !== undefined) (initialMode as unknown as Record<string, unknown>)[key] = options[key];
  }
  let mode: DeeplServerMode = { ...initialMode };
  let rng = makeRng(mode.seed);
  const stats = emptyStats();
  const translateLog: TranslateLogEntry[] = [];
  const glossaries = new GlossaryStore();
  const authKeys = new Set(options.authKeys ?? DEFAULT_AUTH_KEYS);
  const timers = new Set<NodeJS.Timeout>();
  const logLine =
    options.log === true ? (line: string) => console.log(line) : typeof options.log === 'function' ? options.log : undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  function setMode(patch: ControlPatch): DeeplServerMode {
    const parsed = controlSchema.parse(patch);
    const { reset, resetStats: doResetStats, clearGlossaries, ...fields } = parsed;
    if (reset) {
      mode = { ...initialMode };
      rng = makeRng(mode.seed);
    }
    mode = { ...mode, ...fields };
    if (fields.seed !== undefined) rng = makeRng(fields.seed);
    if (doResetStats) resetStats();
    if (clearGlossaries) glossaries.clear();
    return { ...mode };
  }

  function resetStats(): void {
    const inFlight = stats.inFlight;
    Object.assign(stats, emptyStats(), { inFlight });
    translateLog.length = 0;
  }

  function characterLimit(): number {
    return mode.quotaCharacters ?? DEFAULT_CHARACTER_LIMIT;
  }

  function send(
    res: http.ServerResponse,
    status: number,
    body: unknown,
    contentType = 'application/json; charset=utf-8',
    counted = true,
  ): number {
    if (counted) stats.statusCounts[status] = (stats.statusCounts[status] ?? 0) + 1;
    if (res.writableEnded || res.destroyed) return status;
    if (body === null) {
      res.writeHead(status);
      res.end();
      return status;
    }
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
    return status;
  }

  function readBody(req: http.IncomingMessage, limit: number): Promise<{ body: Buffer; tooLarge: boolean }> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let tooLarge = false;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          // Keep draining so the client gets our 413 instead of a reset connection.
          tooLarge = true;
          chunks.length = 0;
        } else if (!tooLarge) {
          chunks.push(chunk);
        }
      });
      req.on('end', () => resolve({ body: Buffer.concat(chunks), tooLarge }));
      req.on('error', reject);
    });
  }

  function authorized(req: http.IncomingMessage): boolean {
    const header = req.headers.authorization ?? '';
    const m = /^DeepL-Auth-Key\s+(\S+)\s*$/i.exec(header);
    if (!m) return false;
    return options.acceptAnyKey === true || authKeys.has(m[1] ?? '');
  }

  // ---- endpoints -------------------------------------------------------------------------------

  function translate(params: Params): { status: number; body: unknown } {
    const texts = params.all('text');
    if (texts.length === 0) throw new HttpError(400, "Parameter 'text' not specified.");
    if (texts.length > MAX_TEXTS_PER_REQUEST) {
      throw new HttpError(413, `Too many texts in one request: at most ${MAX_TEXTS_PER_REQUEST} are allowed.`);
    }
    const targetRaw = params.get('target_lang');
    if (!targetRaw) throw new HttpError(400, "Parameter 'target_lang' not specified.");
    const target = findTargetLanguage(targetRaw);
    if (!target) throw new HttpError(400, "Value for 'target_lang' not supported.");
    const sourceRaw = params.get('source_lang');
    const source = sourceRaw ? findSourceLanguage(sourceRaw) : undefined;
    if (sourceRaw && !source) throw new HttpError(400, "Value for 'source_lang' not supported.");

    const formality = (params.get('formality') ?? 'default').toLowerCase();
    if (!FORMALITIES.has(formality)) throw new HttpError(400, "Value for 'formality' not supported.");
    if ((formality === 'more' || formality === 'less') && !target.supports_formality) {
      throw new HttpError(400, "'formality' is not supported for given 'target_lang'.");
    }
    let marker = '';
    if (target.supports_formality && formality.endsWith('more')) marker = ' formal';
    if (target.supports_formality && formality.endsWith('less')) marker = ' informal';

    const tagHandling = params.get('tag_handling');
    if (tagHandling !== undefined && tagHandling !== '' && tagHandling !== 'xml' && tagHandling !== 'html') {
      throw new HttpError(400, "Value for 'tag_handling' not supported.");
    }
    const ignoreTags = params
      .all('ignore_tags')
      .flatMap((v) => v.split(','))
      .map((t) => t.trim())
      .filter((t) => t !== '');

    const glossaryIds = [
      ...params.all('glossary_id'),
      ...params.all('glossary_ids').flatMap((v) => v.split(',')),
    ]
      .map((id) => id.trim())
      .filter((id) => id !== '');
    const glossaryEntries = new Map<string, string>();
    if (glossaryIds.length > 0) {
      if (!source) throw new HttpError(400, "Use of a glossary requires the 'source_lang' parameter to be specified.");
      for (const id of glossaryIds) {
        let g;
        try {
          g = glossaries.get(id);
        } catch {
          throw new HttpError(400, `Invalid glossary_id '${id}': glossary not found.`);
        }
        const dict = glossaries.findDictionary(g, source.language, target.language);
        if (!dict) throw new HttpError(400, "Glossary languages don't match the requested source_lang and target_lang.");
        for (const [s, t] of dict.entries) if (!glossaryEntries.has(s)) glossaryEntries.set(s, t);
      }
    }

    const billed = texts.map((t) => billedCharacters(t, tagHandling));
    const total = billed.reduce((a, b) => a + b, 0);
    if (stats.billedCharacters + total > characterLimit()) {
      throw new HttpError(456, 'Quota exceeded. The character limit has been reached.');
    }

    const translations = texts.map((text, i) => ({
      detected_source_language: source?.language ?? (/[\uac00-\ud7a3]/.test(text) ? 'KO' : 'EN'),
      text: fakeTranslate(text, {
        tagHandling,
        ignoreTags,
        glossary: glossaryEntries,
        dropProtected: mode.dropProtected,
        marker,
      }),
      billed_characters: billed[i],
      ...(params.has('model_type') ? { model_type_used: 'quality_optimized' } : {}),
    }));
    stats.translateOk += 1;
    stats.texts += texts.length;
    stats.billedCharacters += total;
    return { status: 200, body: { translations } };
  }

  function dictionariesFromParams(params: Params): { sourceLang?: string; targetLang?: string; entries?: string; format?: string }[] {
    const json = params.json?.dictionaries;
    if (Array.isArray(json)) {
      return json.map((d: unknown) => {
        const o = (d ?? {}) as Record<string, unknown>;
        const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
        return { sourceLang: str(o.source_lang), targetLang: str(o.target_lang), entries: str(o.entries), format: str(o.entries_format) };
      });
    }
    const byIndex = new Map<number, { sourceLang?: string; targetLang?: string; entries?: string; format?: string }>();
    for (const name of params.names()) {
      const m = /^dictionaries\[(\d+)\]\.(source_lang|target_lang|entries|entries_format)$/.exec(name);
      if (!m) continue;
      const idx = Number(m[1]);
      const d = byIndex.get(idx) ?? {};
      const value = params.get(name);
      if (m[2] === 'source_lang') d.sourceLang = value;
      else if (m[2] === 'target_lang') d.targetLang = value;
      else if (m[2] === 'entries') d.entries = value;
      else d.format = value;
      byIndex.set(idx, d);
    }
    return Array.from(byIndex.entries())
      .sort((a, b) => a[0] - b[0])
      .map(([, d]) => d);
  }

  function buildDictionary(d: { sourceLang?: string; targetLang?: string; entries?: string; format?: string }): Dictionary {
    const { source, target } = checkLanguagePair(d.sourceLang, d.targetLang);
    return { sourceLang: source, targetLang: target, entries: parseEntries(d.entries, d.format, source, target) };
  }

  function v2Glossary(id: string): { glossary: Glossary; dictionary: Dictionary } {
    const glossary = glossaries.get(id);
    const dictionary = glossary.dictionaries[0];
    // Multilingual glossaries are invisible to the v2 API, as on DeepL.
    if (glossary.dictionaries.length !== 1 || !dictionary) throw new HttpError(404, 'Glossary not found');
    return { glossary, dictionary };
  }

  function route(method: string, path: string, params: Params): { status: number; body: unknown; contentType?: string } {
    if (path === '/v2/translate') {
      if (method !== 'POST') throw new HttpError(405, 'Method not allowed');
      return translate(params);
    }
    if (path === '/v2/usage') {
      return { status: 200, body: { character_count: stats.billedCharacters, character_limit: characterLimit() } };
    }
    if (path === '/v2/languages') {
      const type = (params.get('type') ?? 'source').toLowerCase();
      if (type === 'source') return { status: 200, body: SOURCE_LANGUAGES };
      if (type === 'target') return { status: 200, body: TARGET_LANGUAGES };
      throw new HttpError(400, "Value for 'type' not supported.");
    }
    if (path === '/v2/glossary-language-pairs' || path === '/v3/glossary-language-pairs') {
      const pairs = GLOSSARY_LANGUAGES.flatMap((s) => GLOSSARY_LANGUAGES.filter((t) => t !== s).map((t) => ({ source_lang: s, target_lang: t })));
      return { status: 200, body: { supported_languages: pairs } };
    }

    // v2 glossaries: one language pair each.
    if (path === '/v2/glossaries') {
      if (method === 'GET') {
        return { status: 200, body: { glossaries: glossaries.list().filter((g) => g.dictionaries.length === 1).map(v2Info) } };
      }
      if (method === 'POST') {
        const d = buildDictionary({
          sourceLang: params.get('source_lang'),
          targetLang: params.get('target_lang'),
          entries: params.get('entries'),
          format: params.get('entries_format'),
        });
        return { status: 201, body: v2Info(glossaries.create(params.get('name'), [d])) };
      }
      throw new HttpError(405, 'Method not allowed');
    }
    let m = /^\/v2\/glossaries\/([^/]+)(\/entries)?$/.exec(path);
    if (m) {
      const id = decodeURIComponent(m[1] ?? '');
      if (m[2]) {
        if (method !== 'GET') throw new HttpError(405, 'Method not allowed');
        return { status: 200, body: toTsv(v2Glossary(id).dictionary.entries), contentType: 'text/tab-separated-values; charset=utf-8' };
      }
      if (method === 'GET') return { status: 200, body: v2Info(v2Glossary(id).glossary) };
      if (method === 'DELETE') {
        v2Glossary(id);
        glossaries.delete(id);
        return { status: 204, body: null };
      }
      throw new HttpError(405, 'Method not allowed');
    }

    // v3 glossaries: several dictionaries (language pairs) each, editable.
    if (path === '/v3/glossaries') {
      if (method === 'GET') return { status: 200, body: { glossaries: glossaries.list().map(v3Info) } };
      if (method === 'POST') {
        const dicts = dictionariesFromParams(params).map(buildDictionary);
        return { status: 201, body: v3Info(glossaries.create(params.get('name'), dicts)) };
      }
      throw new HttpError(405, 'Method not allowed');
    }
    m = /^\/v3\/glossaries\/([^/]+)(\/entries|\/dictionaries)?$/.exec(path);
    if (m) {
      const g = glossaries.get(decodeURIComponent(m[1] ?? ''));
      if (m[2] === '/entries') {
        if (method !== 'GET') throw new HttpError(405, 'Method not allowed');
        const { source, target } = checkLanguagePair(params.get('source_lang'), params.get('target_lang'));
        const dict = glossaries.findDictionary(g, source, target);
        if (!dict) throw new HttpError(404, 'Glossary dictionary not found');
        return {
          status: 200,
          body: {
            dictionaries: [{ source_lang: dict.sourceLang, target_lang: dict.targetLang, entries: toTsv(dict.entries), entries_format: 'tsv' }],
          },
        };
      }
      if (m[2] === '/dictionaries') {
        const { source, target } = checkLanguagePair(params.get('source_lang'), params.get('target_lang'));
        if (method === 'PUT') {
          const dict = buildDictionary({ sourceLang: source, targetLang: target, entries: params.get('entries'), format: params.get('entries_format') });
          const i = g.dictionaries.findIndex((d) => d.sourceLang === source && d.targetLang === target);
          if (i >= 0) g.dictionaries[i] = dict;
          else g.dictionaries.push(dict);
          return { status: 200, body: v3DictionaryInfo(dict) };
        }
        if (method === 'DELETE') {
          const i = g.dictionaries.findIndex((d) => d.sourceLang === source && d.targetLang === target);
          if (i < 0) throw new HttpError(404, 'Glossary dictionary not found');
          g.dictionaries.splice(i, 1);
          return { status: 204, body: null };
        }
        throw new HttpError(405, 'Method not allowed');
      }
      if (method === 'GET') return { status: 200, body: v3Info(g) };
      if (method === 'DELETE') {
        glossaries.delete(g.id);
        return { status: 204, body: null };
      }
      if (method === 'PATCH') {
        // PATCH renames and/or merges entries: an existing dictionary keeps its other entries,
        // a new language pair is added.
        const name = params.get('name');
        const dicts = dictionariesFromParams(params).map(buildDictionary);
        if (name === undefined && dicts.length === 0) throw new HttpError(400, 'Nothing to update');
        if (name !== undefined) {
          if (name === '') throw new HttpError(400, "Value for 'name' not supported.");
          g.name = name;
        }
        for (const d of dicts) {
          const existing = glossaries.findDictionary(g, d.sourceLang, d.targetLang);
          if (existing) for (const [s, t] of d.entries) existing.entries.set(s, t);
          else g.dictionaries.push(d);
        }
        return { status: 200, body: v3Info(g) };
      }
      throw new HttpError(405, 'Method not allowed');
    }
    throw new HttpError(404, 'Not found');
  }

  // ---- request pipeline ------------------------------------------------------------------------

  async function control(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method === 'POST') {
      const { body } = await readBody(req, MAX_OTHER_BODY_BYTES);
      let patch: unknown = {};
      try {
        patch = body.length > 0 ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        send(res, 400, { message: 'Invalid JSON' }, undefined, false);
        return;
      }
      const parsed = controlSchema.safeParse(patch);
      if (!parsed.success) {
        send(res, 400, { message: 'Invalid control request', issues: parsed.error.issues }, undefined, false);
        return;
      }
      setMode(parsed.data);
    } else if (req.method !== 'GET') {
      send(res, 405, { message: 'Method not allowed' }, undefined, false);
      return;
    }
    send(res, 200, { mode, stats }, undefined, false);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = (req.method ?? 'GET').toUpperCase();
    if (path === '/__control') return control(req, res);

    stats.requests += 1;
    const isTranslate = path === '/v2/translate';
    let status = 0;
    let detail = '';
    if (isTranslate) {
      stats.translateRequests += 1;
      stats.inFlight += 1;
      stats.maxConcurrent = Math.max(stats.maxConcurrent, stats.inFlight);
      res.on('close', () => {
        stats.inFlight -= 1;
      });
    }
    res.on('close', () => {
      logLine?.(`${method} ${path} ${status || 'no answer'} ${Date.now() - started}ms${detail}`);
    });

    const { body, tooLarge } = await readBody(req, isTranslate ? MAX_TRANSLATE_BODY_BYTES : MAX_OTHER_BODY_BYTES);
    if (mode.latencyMs > 0) await sleep(mode.latencyMs);

    if (!authorized(req)) {
      status = send(res, 403, { message: 'Authorization failure, check auth_key' });
      return;
    }
    if (mode.scope === 'all' || isTranslate) {
      if (mode.hang === true) {
        // Never answered: the client's timeout fires, or close() destroys the socket.
        stats.hungRequests += 1;
        return;
      }
      if (typeof mode.hang === 'number' && mode.hang > 0) await sleep(mode.hang);
      let inject = false;
      if (mode.failNext > 0) {
        mode.failNext -= 1;
        inject = true;
      } else if (mode.failRate > 0 && rng() < mode.failRate) {
        inject = true;
      }
      if (inject) {
        stats.injectedFailures += 1;
        status = send(res, mode.failStatus, { message: INJECTED_MESSAGES[mode.failStatus] });
        return;
      }
    }
    if (tooLarge) {
      status = send(res, 413, { message: 'Request Entity Too Large: the request size exceeds the limit.' });
      return;
    }

    let params: Params | undefined;
    try {
      params = parseParams(url.searchParams, body, req.headers['content-type']);
      const result = route(method, path, params);
      status = send(res, result.status, result.body, result.contentType);
      if (isTranslate) detail = ` texts=${params.all('text').length}`;
    } catch (e) {
      if (e instanceof HttpError) {
        status = send(res, e.status, { message: e.message });
      } else {
        status = send(res, 500, { message: e instanceof Error ? e.message : String(e) });
      }
    } finally {
      if (isTranslate && params) {
        translateLog.push({ params: params.toObject(), status });
        if (translateLog.length > 200) translateLog.shift();
      }
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      send(res, 500, { message: e instanceof Error ? e.message : String(e) });
    });
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    get mode() {
      return { ...mode };
    },
    stats,
    translateLog,
    setMode,
    resetStats,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        // Hung and keep-alive connections would otherwise keep the server open forever.
        server.closeAllConnections();
      }),
  };
}

// ---- command line ------------------------------------------------------------------------------

export function usage(): string {
  return `Local DeepL-compatible server (fake translations).

Usage: npx tsx scripts/deepl-server.ts [options]

  --port N                 port (default 8787; 0 = random)           env DEEPL_FAKE_PORT
  --host H                 host (default 127.0.0.1)                  env DEEPL_FAKE_HOST
  --latency-ms N           delay before every answer                 env DEEPL_FAKE_LATENCY_MS
  --fail-status S          429 | 456 | 500 | 503 (default 429)       env DEEPL_FAKE_FAIL_STATUS
  --fail-rate P            probability 0..1 of failing a request     env DEEPL_FAKE_FAIL_RATE
  --fail-next N            fail the next N requests                  env DEEPL_FAKE_FAIL_NEXT
  --seed N                 PRNG seed for --fail-rate (default 1)     env DEEPL_FAKE_SEED
  --quota-characters N     456 once usage would pass N characters    env DEEPL_FAKE_QUOTA_CHARACTERS
  --hang                   never answer                              env DEEPL_FAKE_HANG=true
  --hang-ms N              answer after N ms                         env DEEPL_FAKE_HANG=N
  --drop-protected M       drop | mangle the first ignored tag       env DEEPL_FAKE_DROP_PROTECTED
  --scope S                translate | all: where faults apply       env DEEPL_FAKE_SCOPE
  --auth-key K             accepted key (repeatable; default test-key, test-key:fx)
                                                                     env DEEPL_FAKE_AUTH_KEYS=k1,k2
  --any-key                accept any non-empty key                  env DEEPL_FAKE_ANY_KEY=1
  --quiet                  no request log
  --help

At run time: POST /__control with JSON, e.g. {"failStatus":429,"failNext":3}, {"latencyMs":200},
{"hang":true}, {"reset":true,"resetStats":true}; GET /__control shows mode and stats.`;
}

function numberOrUndefined(name: string, v: string | undefined): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`${name}: not a number: ${v}`);
  return n;
}

export function optionsFromCli(argv: readonly string[], env: NodeJS.ProcessEnv): DeeplServerOptions & { help?: boolean } {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'latency-ms': { type: 'string' },
      'fail-status': { type: 'string' },
      'fail-rate': { type: 'string' },
      'fail-next': { type: 'string' },
      seed: { type: 'string' },
      'quota-characters': { type: 'string' },
      hang: { type: 'boolean' },
      'hang-ms': { type: 'string' },
      'drop-protected': { type: 'string' },
      scope: { type: 'string' },
      'auth-key': { type: 'string', multiple: true },
      'any-key': { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  const pick = (flag: string | undefined, envName: string) => flag ?? env[envName];
  const hangEnv = env.DEEPL_FAKE_HANG;
  let hang: boolean | number | undefined;
  if (values.hang) hang = true;
  else if (values['hang-ms'] !== undefined) hang = numberOrUndefined('--hang-ms', values['hang-ms']);
  else if (hangEnv === 'true' || hangEnv === '1') hang = true;
  else if (hangEnv !== undefined && hangEnv !== '' && hangEnv !== 'false' && hangEnv !== '0') hang = numberOrUndefined('DEEPL_FAKE_HANG', hangEnv);

  const drop = pick(values['drop-protected'], 'DEEPL_FAKE_DROP_PROTECTED');
  const keys = values['auth-key'] ?? env.DEEPL_FAKE_AUTH_KEYS?.split(',').map((k) => k.trim()).filter((k) => k !== '');
  const raw = {
    latencyMs: numberOrUndefined('--latency-ms', pick(values['latency-ms'], 'DEEPL_FAKE_LATENCY_MS')),
    failStatus: numberOrUndefined('--fail-status', pick(values['fail-status'], 'DEEPL_FAKE_FAIL_STATUS')),
    failRate: numberOrUndefined('--fail-rate', pick(values['fail-rate'], 'DEEPL_FAKE_FAIL_RATE')),
    failNext: numberOrUndefined('--fail-next', pick(values['fail-next'], 'DEEPL_FAKE_FAIL_NEXT')),
    seed: numberOrUndefined('--seed', pick(values.seed, 'DEEPL_FAKE_SEED')),
    quotaCharacters: numberOrUndefined('--quota-characters', pick(values['quota-characters'], 'DEEPL_FAKE_QUOTA_CHARACTERS')),
    hang,
    dropProtected: drop === undefined || drop === '' || drop === 'false' ? undefined : drop,
    scope: pick(values.scope, 'DEEPL_FAKE_SCOPE'),
  };
  const defined = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const checked = controlSchema.safeParse(defined);
  if (!checked.success) {
    throw new Error(checked.error.issues.map((i) => `invalid ${i.path.join('.') || 'option'}: ${JSON.stringify(defined[String(i.path[0])])}`).join('; '));
  }
  const modeFields = checked.data;
  return {
    ...modeFields,
    port: numberOrUndefined('--port', pick(values.port, 'DEEPL_FAKE_PORT')) ?? 8787,
    host: pick(values.host, 'DEEPL_FAKE_HOST') ?? '127.0.0.1',
    authKeys: keys && keys.length > 0 ? keys : undefined,
    acceptAnyKey: values['any-key'] === true || env.DEEPL_FAKE_ANY_KEY === '1' || env.DEEPL_FAKE_ANY_KEY === 'true',
    log: values.quiet !== true,
    help: values.help,
  };
}

async function main(): Promise<void> {
  let options: ReturnType<typeof optionsFromCli>;
  try {
    options = optionsFromCli(process.argv.slice(2), process.env);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    console.error(usage());
    process.exit(2);
  }
  if (options.help) {
    console.log(usage());
    return;
  }
  const server = await startDeeplServer(options);
  const keys = options.acceptAnyKey ? 'any key' : `keys ${(options.authKeys ?? DEFAULT_AUTH_KEYS).join(', ')}`;
  console.log(`DeepL stand-in listening on ${server.url} (${keys}); mode ${JSON.stringify(server.mode)}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Run only when started as a script, not when imported by tests or other scripts.
if (/deepl-server(\.ts)?$/.test(process.argv[1] ?? '')) {
  void main();
}
