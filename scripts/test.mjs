// `npm test`: every test: types, unit + service tests on SQLite, service tests on PostgreSQL (when
// TEST_DATABASE_URL is set) and Playwright end-to-end tests in Chromium; with the browser tests, the
// two vitest runs go beside them, one after the other.
// Prints one closing line "tests: N passed, M failed" and exits non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const only = process.argv.slice(2); // e.g. `npm test -- unit e2e`
const want = (step) => only.length === 0 || only.includes(step);
mkdirSync('test-results', { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];
const timings = []; // each step's wall-clock time, printed at the end (CI must stay under 25 minutes)

function step(name, cmd, args, env = {}) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push(`${name}: ${Math.round((Date.now() - started) / 1000)} s`);
  if (r.status !== 0) failures.push(name);
  return r.status === 0;
}

/** A step run beside the next ones, its output kept in `log` and printed when it ends. */
/**
 * A vitest run beside the browser tests is stopped after this long. Each takes 5–15 min on the 2-core
 * CI machine; on 7 Dec 2026 a QA check quadratic in one word's length kept a test running for 56 min,
 * until its worker ran out of memory, and CI failed only after 73 min. A test that hangs now fails the
 * run with its name in the log, in time.
 */
const BESIDE_LIMIT_MS = Number(process.env.VITEST_LIMIT_MIN ?? 35) * 60_000;

function background(name, cmd, args, env, log) {
  console.log(`\n━━ ${name}: started beside the next step, output in ${log} ━━`);
  const fd = openSync(log, 'w');
  const started = Date.now();
  // Its own process group, so the watchdog can stop the run with its workers.
  const child = spawn(cmd, args, { stdio: ['ignore', fd, fd], env: { ...process.env, ...env }, detached: true });
  let hung = false;
  const watchdog = setTimeout(() => {
    hung = true;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }, BESIDE_LIMIT_MS);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearTimeout(watchdog);
      closeSync(fd);
      timings.push(`${name}: ${Math.round((Date.now() - started) / 1000)} s beside the end-to-end tests`);
      if (hung) {
        const note = `\n── stopped after ${BESIDE_LIMIT_MS / 60_000} min: a test hung; the last file in the log above is the one running\n`;
        writeFileSync(log, note, { flag: 'a' });
        failures.push(`${name} (hung, stopped after ${BESIDE_LIMIT_MS / 60_000} min)`);
      } else if (code !== 0) failures.push(name);
      resolve();
    });
  });
}

/** A command whose output lines are printed as they come, each prefixed with `[tag]`. */
function prefixed(tag, cmd, args, env) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) console.log(`[${tag}] ${line}`);
    });
    stream.on('end', () => rest && console.log(`[${tag}] ${rest}`));
  }
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

/**
 * The spec files in `n` groups of about equal time (longest first, each to the group with the least
 * so far), from the seconds each took in an idle run (e2e/shard-weights.json; an unlisted file
 * counts as 15 s). Playwright's own --shard splits by test count, which put the screenshot suite's
 * 200 s and most of the slow files into one shard.
 */
function splitSpecs(n) {
  const weights = JSON.parse(readFileSync('e2e/shard-weights.json', 'utf8'));
  const files = readdirSync('e2e', { recursive: true })
    .map((f) => `e2e/${String(f).split(path.sep).join('/')}`)
    .filter((f) => f.endsWith('.spec.ts'))
    .sort();
  const seconds = (f) => (typeof weights[f] === 'number' ? weights[f] : 15);
  const groups = Array.from({ length: n }, () => ({ files: [], total: 0 }));
  for (const f of [...files].sort((a, b) => seconds(b) - seconds(a))) {
    const g = groups.reduce((a, b) => (b.total < a.total ? b : a));
    g.files.push(f);
    g.total += seconds(f);
  }
  return groups.map((g) => g.files.sort());
}

function countVitest(file) {
  try {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    passed += j.numPassedTests ?? 0;
    failed += j.numFailedTests ?? 0;
  } catch {
    failed += 1;
  }
}

if (want('types')) {
  if (step('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])) passed += 1;
  else failed += 1;
}

// The vitest runs: unit + service tests on SQLite, then the service tests on PostgreSQL.
const vitestRuns = [];
if (want('unit')) {
  vitestRuns.push({
    name: 'unit and service tests (SQLite)',
    out: 'test-results/vitest-sqlite.json',
    args: [],
    env: { DATABASE_URL: '' },
    before: () => rmSync('data/test', { recursive: true, force: true }),
  });
}

// Tests under lib/server and app that never open the database: the SQLite run covers them, the
// PostgreSQL run would only repeat them (the PDF printing ones alone take ~1 min of Chromium).
const PG_SKIP = [
  'lib/server/editions/print-*.test.ts',
  'lib/server/editions/pdf-queue.test.ts',
  'lib/server/http/{csp,download,socket-address}.test.ts',
  'lib/server/db/in-chunks.test.ts',
  'app/styles/**',
  'app/**/_components/**', // client code: stores, hooks' pure parts, the API client
];

if (want('postgres')) {
  if (process.env.TEST_DATABASE_URL) {
    vitestRuns.push({
      name: 'service tests (PostgreSQL)',
      out: 'test-results/vitest-postgres.json',
      args: ['lib/server', 'app'],
      // Through the config (vitest.config.ts): the CLI's --exclude does not reach its projects, so
      // until 7 Dec 2026 these files ran here too (the PDF ones ~75 s of the 457 s PostgreSQL run).
      env: { DATABASE_URL: process.env.TEST_DATABASE_URL, VITEST_EXCLUDE: PG_SKIP.join('\n') },
    });
  } else {
    console.log('\n━━ service tests (PostgreSQL) ━━\nskipped: set TEST_DATABASE_URL=postgresql://… to run them');
  }
}

const vitestArgs = (run) => ['run', ...run.args, '--reporter=default', '--reporter=json', `--outputFile.json=${run.out}`];

/**
 * With the browser tests, the vitest runs go one after the other beside them (PostgreSQL first, the
 * longer one): the browser tests run one at a time and leave a core mostly idle, and vitest uses one
 * worker on two cores. One after the other, the whole `npm test` took 25 min on the 2-core CI machine;
 * beside, the vitest runs end before the browser tests. Each run's output is printed when it ends.
 */
function vitestBeside() {
  let chain = Promise.resolve();
  for (const run of [...vitestRuns].reverse()) {
    chain = chain.then(() => {
      run.before?.();
      rmSync(run.out, { force: true });
      const log = run.out.replace(/\.json$/, '.log');
      return background(run.name, bin('vitest'), vitestArgs(run), run.env, log).then(() => {
        console.log(`\n━━ ${run.name}: output ━━\n${readFileSync(log, 'utf8')}`);
        countVitest(run.out);
      });
    });
  }
  return chain;
}

if (!want('e2e')) {
  for (const run of vitestRuns) {
    run.before?.();
    step(run.name, bin('vitest'), vitestArgs(run), run.env);
    countVitest(run.out);
  }
}

let besideRuns = Promise.resolve();
if (want('e2e')) {
  const system = process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '');
  if (!system) {
    // No system Chromium: use Playwright's own, installing it when missing.
    step('install Playwright Chromium', bin('playwright'), ['install', 'chromium']);
  }
  // One build, then the spec files; with E2E_SHARDS=k > 1, split into k shards of about equal
  // time, each with its own app server, database and DeepL stand-in (ports E2E_PORT + 100·k), run
  // side by side. One by default: on the 2-core CI machine two shards did not pay (browser tests
  // 1,005 s against 1,034 s, the whole run 31 min against 28): the second browser and server use
  // what the first left, and every test runs twice as slowly. Machines with more cores can shard.
  const shards = Math.max(1, Number(process.env.E2E_SHARDS ?? 1) || 1);
  const basePort = Number(process.env.E2E_PORT ?? 3100);
  const groups = shards > 1 ? splitSpecs(shards) : [];
  const built = step('build the app for the browser tests', process.execPath, ['scripts/start.mjs', '--build-only']);
  besideRuns = vitestBeside(); // after the build, which uses both cores
  if (built) {
    const runs = [];
    for (let k = 1; k <= shards; k++) {
      const json = `test-results/e2e-${k}.json`;
      rmSync(json, { force: true });
      const args = ['test', ...(shards > 1 ? (groups[k - 1] ?? []) : [])];
      const env = { E2E_PORT: String(basePort + 100 * (k - 1)), E2E_JSON: json, E2E_OUTPUT_DIR: `test-results/e2e-${k}` };
      runs.push(prefixed(`e2e ${k}/${shards}`, bin('playwright'), args, env).then((code) => ({ code, json })));
    }
    const started = Date.now();
    console.log(`\n━━ end-to-end tests (Playwright, Chromium, ${shards} shard${shards > 1 ? 's' : ''}) ━━`);
    for (const { code, json } of await Promise.all(runs)) {
      if (code !== 0) failures.push(`end-to-end tests (${json})`);
      try {
        const j = JSON.parse(readFileSync(json, 'utf8'));
        passed += (j.stats?.expected ?? 0) + (j.stats?.flaky ?? 0);
        failed += j.stats?.unexpected ?? 0;
      } catch {
        failed += 1;
      }
    }
    timings.push(
      `end-to-end tests (${shards > 1 ? `${shards} shards side by side` : 'one server'}): ${Math.round((Date.now() - started) / 1000)} s`,
    );
  }
}

await besideRuns;

console.log(`\nsteps: ${timings.join('; ')}`);
if (failures.length) console.log(`\nfailed steps: ${failures.join(', ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failures.length || failed ? 1 : 0);
