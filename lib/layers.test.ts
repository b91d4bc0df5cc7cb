// The drawn structure of lib/ (ARCHITECTURE.md, "Layers"): arrows between lib/ folders point one
// way only. This test reads every non-test import in lib/ and fails on any cycle between top-level
// folders, on pure code importing lib/server/, and on lib/ importing app/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = path.join(__dirname);
const ROOT = path.join(LIB, '..');

type Edge = { from: string; to: string; file: string; spec: string };

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'generated' && e.name !== 'node_modules') out.push(...sourceFiles(p));
    } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/** lib/<top>/… → top; files directly in lib/ → "(lib)"; outside lib/ → "app" / "other". */
function folderOf(file: string): string {
  const rel = path.relative(LIB, file).split(path.sep);
  if (rel[0] === '..') return path.relative(ROOT, file).startsWith('app' + path.sep) ? 'app' : 'other';
  return rel.length > 1 ? rel[0]! : '(lib)';
}

function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of sourceFiles(LIB)) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)'([^']+)'/gm)) {
      const spec = m[1]!;
      let target: string;
      if (spec.startsWith('@/')) target = path.join(ROOT, spec.slice(2));
      else if (spec.startsWith('.')) target = path.resolve(path.dirname(file), spec);
      else continue;
      const from = folderOf(file);
      const to = folderOf(target);
      if (from !== to) out.push({ from, to, file: path.relative(ROOT, file), spec });
    }
  }
  return out;
}

function cycles(all: Edge[]): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const e of all) {
    if (!graph.has(e.from)) graph.set(e.from, new Set());
    graph.get(e.from)!.add(e.to);
  }
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 'open') found.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of [...graph.keys()].sort()) if (!state.has(n)) visit(n);
  return found;
}

describe('lib/ layers', () => {
  const all = edges();
  const example = (from: string, to: string) => all.find((e) => e.from === from && e.to === to);

  it('reads the imports (sanity: server uses workflow)', () => {
    expect(example('server', 'workflow')).toBeDefined();
  });

  it('has no cycle between top-level folders', () => {
    const described = cycles(all).map((c) =>
      c
        .slice(0, -1)
        .map((from, i) => {
          const e = example(from, c[i + 1]!)!;
          return `${from} → ${c[i + 1]} (${e.file} imports ${e.spec})`;
        })
        .join(', '),
    );
    expect(described).toEqual([]);
  });

  it('keeps pure code away from lib/server/ and everything away from app/', () => {
    const wrong = all.filter((e) => (e.to === 'server' && e.from !== 'server') || e.to === 'app').map((e) => `${e.file} imports ${e.spec}`);
    expect(wrong).toEqual([]);
  });
});
