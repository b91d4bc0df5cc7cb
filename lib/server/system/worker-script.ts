import 'server-only';
// How a service starts one of the repository's worker scripts (plain CommonJS beside the service:
// qa/qa-worker.cjs, spell/hunspell-worker.cjs, editions/font-subset-worker.cjs). One home for the
// two rules they share: where the script is on disk, and how it is loaded.
import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** A worker script on disk: `file` in `dir` of the repository (the server runs from its root), or in
 *  the folder the environment variable `dirVariable` names. */
export function workerScript(dirVariable: string, dir: string, file: string): string {
  return path.join(process.env[dirVariable] ?? path.join(process.cwd(), dir), file);
}

/** Starts the script in a worker thread, loaded by path through an eval'd require: a bundler
 *  (Turbopack) that sees `new Worker(file)` bundles the file and breaks the script's own requires
 *  (tsx for lib/qa, hunspell-asm's WebAssembly, dictionary-ko). */
export function startWorkerScript(script: string, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  return new Worker(`require(${JSON.stringify(script)});`, { ...options, eval: true });
}
