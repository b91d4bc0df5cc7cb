// Every route file under app/api must serve only endpoints declared in lib/server/api/endpoints
// (so each has a policy row, an OpenAPI entry and goes through the checked wrapper), and every
// declared endpoint must have a route file exporting its method.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API } from '@/lib/server/api/endpoints';

const apiDir = path.join(process.cwd(), 'app/api');

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) return routeFiles(p);
    return e === 'route.ts' ? [p] : [];
  });
}

function toPath(file: string): string {
  const rel = path.relative(path.join(process.cwd(), 'app'), path.dirname(file)).split(path.sep).join('/');
  return '/' + rel.replace(/\[(\w+)\]/g, '{$1}');
}

describe('route files', () => {
  const served = routeFiles(apiDir).flatMap((file) => {
    const src = readFileSync(file, 'utf8');
    return [...src.matchAll(/export const (GET|POST|PATCH|PUT|DELETE) = handle\(API\.(\w+)/g)].map((m) => ({
      file,
      method: m[1]!,
      id: m[2]!,
      path: toPath(file),
    }));
  });

  it('export handlers only through handle(API.…)', () => {
    for (const file of routeFiles(apiDir)) {
      const src = readFileSync(file, 'utf8');
      const exported = [...src.matchAll(/export (?:async )?(?:const|function) (GET|POST|PATCH|PUT|DELETE|HEAD|OPTIONS)\b/g)].map(
        (m) => m[1],
      );
      const wrapped = [...src.matchAll(/export const (GET|POST|PATCH|PUT|DELETE) = handle\(API\./g)].map((m) => m[1]);
      expect(exported, path.relative(process.cwd(), file)).toEqual(wrapped);
    }
  });

  it('match the declared method and path of their endpoint, one route per endpoint', () => {
    for (const r of served) {
      const e = (API as Record<string, { method: string; path: string }>)[r.id];
      expect(e, `${r.file}: API.${r.id} is not declared`).toBeDefined();
      expect({ method: e!.method, path: e!.path }).toEqual({ method: r.method, path: r.path });
    }
    expect(served.map((r) => r.id).sort()).toEqual(Object.keys(API).sort());
  });
});
