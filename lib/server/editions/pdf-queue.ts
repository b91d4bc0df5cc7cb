import 'server-only';
// Bounded PDF rendering. An edition version is immutable, so its PDF is rendered once: kept on
// disk (PDF_CACHE_DIR, default data/cache/pdf) under the edition id and a hash of the print
// stylesheet, and requests for a PDF being rendered wait for that render. At most `maxConcurrent`
// renders run at once (each one a Chromium page); up to `maxQueue` more wait; beyond that the
// download answers 503 with Retry-After instead of starting another Chromium.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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
}

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
    try {
      return new Uint8Array(await readFile(path.join(this.opts.cacheDir, `${key}.pdf`)));
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
    } catch (err) {
      console.warn('[pdf] could not cache the PDF:', err instanceof Error ? err.message : err);
    }
  }
}
