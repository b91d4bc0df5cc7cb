// What the browser loads must run under the strict CSP: zod (its Function('') probe is an `eval`
// violation) and server code must not be reachable from a client component ('use client' files in
// app/). Follows every value import (not `import type`) from those files through the repository.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(__dirname, '..');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return null;
}

/** Value imports of a file: `import x from`, `import {…} from`, `export … from`, `import('…')`; not `import type`. */
function valueImports(src: string): string[] {
  const out: string[] = [];
  for (const m of src.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s*'([^']+)'/gm)) if (!m[2]) out.push(m[3]!);
  for (const m of src.matchAll(/^\s*import\s+'([^']+)'/gm)) out.push(m[1]!);
  for (const m of src.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) out.push(m[1]!);
  return out;
}

function offenders(): string[] {
  const clients = files(path.join(ROOT, 'app')).filter((f) => /^\s*['"]use client['"]/.test(readFileSync(f, 'utf8')));
  const seen = new Map<string, string>(); // file → the file that imported it
  const stack = clients.map((f) => ({ file: f, by: '' }));
  const bad: string[] = [];
  const chain = (f: string) => {
    const parts = [path.relative(ROOT, f)];
    for (let by = seen.get(f); by; by = seen.get(by)) parts.unshift(path.relative(ROOT, by));
    return parts.join(' → ');
  };
  while (stack.length) {
    const { file, by } = stack.pop()!;
    if (seen.has(file)) continue;
    seen.set(file, by);
    if (file.includes(`${path.sep}lib${path.sep}server${path.sep}`)) bad.push(`server code: ${chain(file)}`);
    for (const spec of valueImports(readFileSync(file, 'utf8'))) {
      if (spec === 'zod' || spec.startsWith('zod/')) bad.push(`zod: ${chain(file)}`);
      if (!spec.startsWith('.') && !spec.startsWith('@/')) continue;
      const target = resolve(file, spec);
      if (target && !seen.has(target)) stack.push({ file: target, by: file });
    }
  }
  return bad;
}

describe('the browser bundle', () => {
  it('reaches neither zod nor lib/server from any client component', () => {
    expect(offenders()).toEqual([]);
  });
});
