// Crash: kill -9 the server in the middle of a save load, restart it, and check that the SQLite
// database passes its integrity check and holds every save the server acknowledged.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';

const root = path.join(__dirname, '../..');
const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const base = `http://127.0.0.1:${PORT}`;
const dbFile = path.join(root, `data/crash-${PORT}.db`);
const env = { ...process.env, DATABASE_URL: `file:${dbFile}`, PORT: String(PORT), DEMO: '1', NODE_ENV: 'production' } as NodeJS.ProcessEnv;

function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    cwd: root,
    env,
    detached: true,
    stdio: 'ignore',
  });
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = async () => {
      try {
        if ((await fetch(`${base}/api/health`)).ok) return resolve(child);
      } catch {
        /* starting */
      }
      if (Date.now() - started > 60_000) return reject(new Error('server did not start'));
      setTimeout(poll, 200);
    };
    void poll();
  });
}

function kill9(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGKILL'); // the whole process group: next start and its workers
  } catch {
    child.kill('SIGKILL');
  }
}

test('kill -9 during a save load loses no acknowledged save and leaves a sound database', async () => {
  test.setTimeout(180_000);
  for (const s of ['', '-wal', '-shm']) rmSync(dbFile + s, { force: true });
  const prep = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/prepare.ts'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  expect(prep.status, prep.stderr).toBe(0);

  let server = await startServer();
  try {
    const signIn = await fetch(`${base}/api/v1/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'translator@demo.test', password: 'demo-pass-2026' }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const projects = await (await fetch(`${base}/api/v1/projects`, { headers: { cookie } })).json();
    const project = await (await fetch(`${base}/api/v1/projects/${projects.projects[0].id}`, { headers: { cookie } })).json();
    const { segments } = await (
      await fetch(`${base}/api/v1/documents/${project.documents[0].id}/segments`, { headers: { cookie } })
    ).json();

    const acknowledged: { segmentId: string; version: number; text: string }[] = [];
    let stop = false;
    const editors = segments.slice(2, 18).map(async (seg: { id: string; version: number }, e: number) => {
      let version = seg.version;
      for (let i = 0; !stop; i++) {
        const text = `편집자 ${e} 저장 ${i}`;
        try {
          const res = await fetch(`${base}/api/v1/segments/${seg.id}`, {
            method: 'PATCH',
            headers: { cookie, origin: base, 'content-type': 'application/json' },
            body: JSON.stringify({ target: text, version }),
          });
          if (res.status !== 200) break;
          const body = await res.json();
          acknowledged.push({ segmentId: seg.id, version: body.version, text });
          version = body.version;
        } catch {
          break; // the server is gone
        }
      }
    });
    // Crash in the middle of the load: once a good number of saves were acknowledged.
    const deadline = Date.now() + 60_000;
    while (acknowledged.length < 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    kill9(server);
    stop = true;
    await Promise.all(editors);
    expect(acknowledged.length).toBeGreaterThan(20);

    server = await startServer();
    const health = await (await fetch(`${base}/api/health`)).json();
    expect(health).toEqual({ status: 'ok', database: 'sqlite' });

    const db = new Database(dbFile, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const find = db.prepare('SELECT "targetText" FROM "SegmentRevision" WHERE "segmentId" = ? AND "version" = ?');
      const missing = acknowledged.filter(
        (a) => (find.get(a.segmentId, a.version) as { targetText: string } | undefined)?.targetText !== a.text,
      );
      expect(missing).toEqual([]);
    } finally {
      db.close();
    }
    // The app works after the crash: a save on top of the last acknowledged version succeeds.
    const last = acknowledged[acknowledged.length - 1]!;
    const after = await fetch(`${base}/api/v1/segments/${last.segmentId}`, {
      method: 'PATCH',
      headers: { cookie, origin: base, 'content-type': 'application/json' },
      body: JSON.stringify({ target: '재시작 후', version: last.version }),
    });
    expect(after.status).toBe(200);
  } finally {
    kill9(server);
    for (const s of ['', '-wal', '-shm']) rmSync(dbFile + s, { force: true });
  }
});
