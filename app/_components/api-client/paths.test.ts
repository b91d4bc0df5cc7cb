// Pages and components name an endpoint by its id (`call('updateTerm', …)`, `urlOf(…)` for a link,
// an EventSource or a keepalive fetch), never by a path of their own: a path written by hand is
// not checked against the registry and goes stale when an endpoint moves.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const APP = path.join(__dirname, '..', '..');
/** A string or template literal that starts with an API path (comments such as "GET /api/v1/…" are fine). */
const HAND_WRITTEN_PATH = /['"`]\/api\//;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (p !== path.join(APP, 'api')) out.push(...files(p)); // the route handlers themselves
    } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && e.name !== 'routes.generated.ts') out.push(p);
  }
  return out;
}

function handWrittenPaths(file: string, src: string): string[] {
  return src
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => HAND_WRITTEN_PATH.test(line) && !/^\s*(\/\/|\*)/.test(line))
    .map(({ line, n }) => `${path.relative(APP, file)}:${n}: ${line.trim()}`);
}

describe('API paths in pages and components', () => {
  it('come from the endpoint registry (call / urlOf), not from string literals', () => {
    expect(files(APP).flatMap((f) => handWrittenPaths(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('finds a hand-written path in a call, a fetch or a link, and not in a comment', () => {
    expect(handWrittenPaths('x.ts', 'await fetch(`/api/v1/segments/${id}`);\n// GET /api/v1/segments/:id')).toHaveLength(1);
    expect(handWrittenPaths('x.ts', "<a href='/api/v1/editions/1/download'>")).toHaveLength(1);
    expect(handWrittenPaths('x.ts', "call('segmentQa', { params: { id } });")).toEqual([]);
  });
});
