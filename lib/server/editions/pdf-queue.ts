import 'server-only';
// Bounded PDF rendering. An edition version is immutable, so its PDF is rendered once: kept on
// disk (PDF_CACHE_DIR, default data/cache/pdf) under the edition id and a hash of the print
// stylesheet, and requests for a PDF being rendered wait for that render. At most `maxConcurrent`
// renders run at once (each one a Chromium page); up to `maxQueue` more wait; beyond that the
// download answers 503 with Retry-After instead of starting another Chromium.
// The disk cache is bounded (`maxCacheBytes`, PDF_CACHE_MAX_MB, default 1,024 MB): after each write,
// PDFs printed with an older stylesheet and temporary files left by a crash go, then the least
// recently served PDFs until the rest fits (a hit touches its file's time).
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EDITION_PRINT_CSS } from '../../publish/edition-css';
import { PDF_STATIC_CSS } from '../../publish/print-css';
import type { EditionView } from '../../publish/snapshot';
import { AppError } from '../errors';

export interface PdfQueueOptions {
  render: (ed: EditionView) => Promise<Uint8Array>;
  cacheDir: string | null;
  maxConcurrent: number;
  maxQueue: number;
  retryAfterSeconds?: number;
  /** The cache's size bound; default 1 GiB. */
  maxCacheBytes?: number;
}

const DEFAULT_CACHE_BYTES = 1024 * 1024 * 1024;
const STALE_TMP_MS = 60 * 60 * 1000;

/** Changes when the print stylesheet or the PDF's page rules do, so a new release does not serve PDFs printed the old way. */
const PRINT_HASH = createHash('sha256').update(EDITION_PRINT_CSS).update(PDF_STATIC_CSS).update('paged-1').digest('hex').slice(0, 12);

export class PdfQueue {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly inflight = new Map<string, Promise<Uint8Array>>();

  constructor(private readonly opts: PdfQueueOptions) {}

  async get(ed: EditionView): Promise<Uint8Array> {
    const key = `${ed.id.replace(/[^A-Za-z0-9_-]/g, '_')}-${PRINT_HASH}`;
    const running = this.inflight.get(key);
    if (running) return running;
    const cached = await this.readCache(key);
    if (cached) return cached;
    const again = this.inflight.get(key); // started while we read the disk
    if (again) return again;
    if (this.active >= this.opts.maxConcurrent && this.waiting.length >= this.opts.maxQueue) {
      const seconds = this.opts.retryAfterSeconds ?? 10;
      throw new AppError(
        'unavailable',
        `Too many PDFs are being printed right now; try again in ${seconds} seconds. The other formats are available at once.`,
        undefined,
        { 'Retry-After': String(seconds) },
      ).because('pdf_busy', { seconds });
    }
    const job = this.render(key, ed).finally(() => this.inflight.delete(key));
    this.inflight.set(key, job);
    return job;
  }

  private async render(key: string, ed: EditionView): Promise<Uint8Array> {
    if (this.active >= this.opts.maxConcurrent) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      const bytes = await this.opts.render(ed);
      await this.writeCache(key, bytes);
      return bytes;
    } finally {
      const next = this.waiting.shift();
      if (next)
        next(); // the slot passes to the next waiter
      else this.active -= 1;
    }
  }

  private async readCache(key: string): Promise<Uint8Array | null> {
    if (!this.opts.cacheDir) return null;
    const file = path.join(this.opts.cacheDir, `${key}.pdf`);
    try {
      const bytes = new Uint8Array(await readFile(file));
      const now = new Date();
      await utimes(file, now, now).catch(() => {}); // recently served: kept longest
      return bytes;
    } catch {
      return null;
    }
  }

  private async writeCache(key: string, bytes: Uint8Array) {
    if (!this.opts.cacheDir) return;
    try {
      await mkdir(this.opts.cacheDir, { recursive: true });
      const tmp = path.join(this.opts.cacheDir, `${key}.${process.pid}.${Date.now()}.tmp`);
      await writeFile(tmp, bytes);
      await rename(tmp, path.join(this.opts.cacheDir, `${key}.pdf`));
      await this.prune();
    } catch (err) {
      console.warn('[pdf] could not cache the PDF:', err instanceof Error ? err.message : err);
    }
  }

  /** Keeps the cache within its bound: other print versions and stale temporary files first, then the least recently served. */
  private async prune() {
    const dir = this.opts.cacheDir!;
    const budget = this.opts.maxCacheBytes ?? DEFAULT_CACHE_BYTES;
    const files: { file: string; size: number; mtime: number }[] = [];
    for (const name of await readdir(dir)) {
      const file = path.join(dir, name);
      const st = await stat(file).catch(() => null);
      if (!st?.isFile()) continue;
      const staleTmp = name.endsWith('.tmp') && Date.now() - st.mtimeMs > STALE_TMP_MS;
      const oldPrint = name.endsWith('.pdf') && !name.endsWith(`-${PRINT_HASH}.pdf`);
      if (staleTmp || oldPrint) await rm(file, { force: true });
      else if (name.endsWith('.pdf')) files.push({ file, size: st.size, mtime: st.mtimeMs });
    }
    let total = files.reduce((n, f) => n + f.size, 0);
    for (const f of files.sort((a, b) => a.mtime - b.mtime)) {
      if (total <= budget) break;
      await rm(f.file, { force: true });
      total -= f.size;
    }
  }
}
