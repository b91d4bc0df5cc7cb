// Starts the app for a benchmark the way a user does (`scripts/start.mjs`: migrations, a build when
// the sources are newer, `next start`) on 127.0.0.1:<port> against the given database, without the
// demo seed, and resolves once /api/health answers (rejects with the server's last output if it
// exits or does not come up within 10 minutes, which covers a first build).
// `serveOnly` starts `next start` alone (no migrations, no build check): for a second instance next
// to one already started, so that the two never build at the same time or serve different builds.
// NEXT_DIST_DIR picks the build folder, as for the end-to-end tests; BENCH_NO_BUILD=1 never builds.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '../..');

export function startApp(opts: {
  port: number;
  databaseUrl: string;
  serveOnly?: boolean;
  env?: Record<string, string>;
}): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: opts.databaseUrl,
    PORT: String(opts.port),
    HOST: '127.0.0.1',
    DEMO: '0',
    NODE_ENV: 'production',
    ...opts.env,
  };
  // BENCH_NO_BUILD=1: serve the build as it is (the benches migrate their database themselves), e.g.
  // while the sources are being edited by others.
  const child =
    opts.serveOnly || process.env.BENCH_NO_BUILD === '1'
      ? spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(opts.port), '-H', '127.0.0.1'], {
          cwd: root,
          env: { ...env, NODE_OPTIONS: `--max-semi-space-size=32 ${process.env.NODE_OPTIONS ?? ''}`.trim() },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      : spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = async () => {
      try {
        if ((await fetch(`http://127.0.0.1:${opts.port}/api/health`)).ok) return resolve(child);
      } catch {
        /* not up yet */
      }
      if (child.exitCode !== null || Date.now() - started > 600_000) return reject(new Error(`server did not start:\n${log.slice(-2000)}`));
      setTimeout(poll, 250);
    };
    void poll();
  });
}
