// Request parameters as DeepL reads them: the query string plus a form-encoded or JSON body.
// deepl-node sends form bodies (URLSearchParams, `text` repeated); the HTTP API also accepts JSON
// with `text` as an array, which other clients use. Both end up as name -> list of values.

import { HttpError } from './glossaries';

export class Params {
  private readonly values = new Map<string, string[]>();
  /** The parsed JSON body, when the body was JSON (v3 glossaries take nested dictionaries). */
  json: Record<string, unknown> | undefined;

  add(name: string, value: string): void {
    const list = this.values.get(name) ?? [];
    list.push(value);
    this.values.set(name, list);
  }

  /** The last value given for `name` (a repeated scalar parameter: the last one wins). */
  get(name: string): string | undefined {
    const list = this.values.get(name);
    return list?.at(-1);
  }

  all(name: string): string[] {
    return this.values.get(name) ?? [];
  }

  names(): string[] {
    return Array.from(this.values.keys());
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  toObject(): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = {};
    for (const [k, v] of this.values) out[k] = v.length === 1 ? (v[0] ?? '') : [...v];
    return out;
  }
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function parseParams(query: URLSearchParams, body: Buffer, contentType: string | undefined): Params {
  const params = new Params();
  for (const [k, v] of query) params.add(k, v);
  if (body.length === 0) return params;
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw new HttpError(400, 'Invalid JSON in request body');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new HttpError(400, 'Request body must be a JSON object');
    }
    params.json = parsed as Record<string, unknown>;
    for (const [k, v] of Object.entries(params.json)) {
      if (Array.isArray(v)) {
        // `text` is a list of texts; a list of tags (ignore_tags) means the same as a comma list.
        for (const item of v) {
          const s = scalar(item);
          if (s !== undefined) params.add(k, s);
        }
      } else {
        const s = scalar(v);
        if (s !== undefined) params.add(k, s);
      }
    }
    return params;
  }
  if (type === '' || type === 'application/x-www-form-urlencoded' || type === 'text/plain') {
    for (const [k, v] of new URLSearchParams(body.toString('utf8'))) params.add(k, v);
    return params;
  }
  throw new HttpError(415, `Unsupported content type '${type}' (document translation is not emulated)`);
}
