// `npm start`: prepares the database (migrations, demo seed), builds the app if the build is missing
// or older than the sources, then serves it on PORT (default 3000). `--dev` runs `next dev` instead;
// `--build-only` only builds when the build is stale (`npm test` builds once for its browser-test shards).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');
const buildOnly = args.has('--build-only');
const env = { ...process.env };
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

// Demo mode is decided here, from the environment the user gave us: `next start` forces
// NODE_ENV=production later, which must not switch the demo off.
const url = (env.DATABASE_URL ?? '').trim();
if (env.DEMO === undefined) env.DEMO = env.NODE_ENV !== 'production' && (url === '' || url.startsWith('file:')) ? '1' : '0';

if (!buildOnly && args.has('--reset-database')) {
  // Used by the end-to-end tests only: start from an empty embedded database.
  const file = url.startsWith('file:') ? path.resolve(root, url.slice(5)) : null;
  if (!file) throw new Error('--reset-database only works with a file: DATABASE_URL');
  for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
}

function run(cmd, argv, extraEnv = {}) {
  const r = spawnSync(cmd, argv, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(path.join(root, 'lib/server/db/generated/sqlite/client.ts'))) run(process.execPath, ['scripts/prisma-generate.mjs']);
if (!buildOnly) run(bin('tsx'), ['--conditions=react-server', 'scripts/prepare.ts']);

function newestMtime(p) {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of readdirSync(p)) {
    if (e === 'node_modules' || e === 'generated' || e.startsWith('.') || e.endsWith('.test.ts')) continue;
    max = Math.max(max, newestMtime(path.join(p, e)));
  }
  return max;
}

if (!dev) {
  const buildId = path.join(root, env.NEXT_DIST_DIR || '.next', 'BUILD_ID');
  const sources = ['app', 'lib', 'next.config.js', 'package-lock.json', 'tsconfig.json'].filter((p) => existsSync(p));
  const stale = !existsSync(buildId) || Math.max(...sources.map(newestMtime)) > statSync(buildId).mtimeMs;
  if (stale || env.FORCE_BUILD === '1') {
    console.log('building the app (next build)…');
    run(bin('next'), ['build'], { NODE_ENV: 'production' });
  }
}

if (buildOnly) process.exit(0);

const port = env.PORT || '3000';
const host = env.HOST || '0.0.0.0';
console.log(`serving on http://localhost:${port}`);
// A larger young generation: a busy server allocates a lot of short-lived objects per request, and
// fewer scavenges measurably raise save throughput (bench/load). Costs ~50 MB; NODE_OPTIONS may override.
const serverEnv = { ...env, NODE_OPTIONS: `--max-semi-space-size=32 ${env.NODE_OPTIONS ?? ''}`.trim() };
// Idle keep-alive connections stay open 65 s (Node's default is 5 s): a client or proxy that reuses a
// pooled connection just as the server closes it gets ECONNRESET, and a longer server timeout than the
// client's (proxies commonly keep 60 s) makes that race rare.
const serverArgs = dev ? ['dev'] : ['start', '--keepAliveTimeout', '65000'];
const child = spawn(bin('next'), [...serverArgs, '-p', port, '-H', host], { stdio: 'inherit', env: serverEnv });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
