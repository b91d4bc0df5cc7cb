// Issue #18 row 7: PDF downloads are bounded: one render per edition (cached on disk, in-flight
// requests share it), at most 2 renders at once, 503 with Retry-After beyond a short queue.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleEdition } from '@/lib/publish/fixtures/edition';
import type { EditionView } from '@/lib/publish/snapshot';
import { AppError } from '../errors';
import { errorResponse } from '../http/respond';
import { PdfQueue } from './pdf-queue';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir() {
  const d = mkdtempSync(path.join(tmpdir(), 'pdf-cache-'));
  dirs.push(d);
  return d;
}

/** A stand-in for Chromium: counts renders and the most running at once; each takes `ms`. */
function fakeRender(ms = 30) {
  const stats = { renders: 0, running: 0, peak: 0 };
  const render = async (ed: EditionView) => {
    stats.renders += 1;
    stats.running += 1;
    stats.peak = Math.max(stats.peak, stats.running);
    await new Promise((r) => setTimeout(r, ms));
    stats.running -= 1;
    return new TextEncoder().encode(`%PDF-fake ${ed.id}`);
  };
  return { render, stats };
}

const edition = (id: string): EditionView => ({ ...sampleEdition(), id });

describe('PDF queue', () => {
  it('renders an edition once for 10 concurrent requests, then serves it from the disk cache', async () => {
    const cacheDir = tempDir();
    const { render, stats } = fakeRender();
    const queue = new PdfQueue({ render, cacheDir, maxConcurrent: 2, maxQueue: 4 });
    const all = await Promise.all(Array.from({ length: 10 }, () => queue.get(edition('ed-1'))));
    expect(stats.renders).toBe(1);
    expect(new Set(all.map((b) => new TextDecoder().decode(b)))).toEqual(new Set(['%PDF-fake ed-1']));
    // Another process (a restart) finds it on disk.
    const again = new PdfQueue({ render, cacheDir, maxConcurrent: 2, maxQueue: 4 });
    expect(new TextDecoder().decode(await again.get(edition('ed-1')))).toBe('%PDF-fake ed-1');
    expect(stats.renders).toBe(1);
  });

  it('runs at most 2 renders at once and answers 503 with Retry-After beyond the queue', async () => {
    const { render, stats } = fakeRender(50);
    const queue = new PdfQueue({ render, cacheDir: tempDir(), maxConcurrent: 2, maxQueue: 2 });
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => queue.get(edition(`ed-${i}`))));
    expect(stats.peak).toBe(2);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(4);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as AppError);
    expect(refused).toHaveLength(2);
    for (const e of refused) {
      expect(e).toBeInstanceOf(AppError);
      expect(e.status).toBe(503);
      expect(Number(e.headers?.['Retry-After'])).toBeGreaterThan(0);
      const res = errorResponse(e); // as the download route answers it
      expect([res.status, Number(res.headers.get('retry-after'))]).toEqual([503, 10]);
    }
    // Once the queue drains, the refused ones render.
    expect(new TextDecoder().decode(await queue.get(edition('ed-5')))).toBe('%PDF-fake ed-5');
  });

  it('does not cache a failed render', async () => {
    let fail = true;
    const queue = new PdfQueue({
      render: async () => {
        if (fail) throw new AppError('unavailable', 'Chromium did not start');
        return new TextEncoder().encode('%PDF-ok');
      },
      cacheDir: tempDir(),
      maxConcurrent: 2,
      maxQueue: 2,
    });
    await expect(queue.get(edition('ed-x'))).rejects.toMatchObject({ status: 503 });
    fail = false;
    expect(new TextDecoder().decode(await queue.get(edition('ed-x')))).toBe('%PDF-ok');
  });

  it('keeps the disk cache within its bound: other print versions and the least recently served go first', async () => {
    const cacheDir = tempDir();
    const { render } = fakeRender(1);
    const size = new TextEncoder().encode('%PDF-fake ed-0').length;
    // Room for two PDFs.
    const queue = new PdfQueue({ render, cacheDir, maxConcurrent: 2, maxQueue: 4, maxCacheBytes: 2 * size + 1 });
    writeFileSync(path.join(cacheDir, 'ed-old-0123456789ab.pdf'), 'printed with an older stylesheet');
    await queue.get(edition('ed-0'));
    await new Promise((r) => setTimeout(r, 20));
    await queue.get(edition('ed-1'));
    await new Promise((r) => setTimeout(r, 20));
    // A fresh queue (another process) serves ed-0 from the disk: it becomes the most recently served.
    await new PdfQueue({ render, cacheDir, maxConcurrent: 2, maxQueue: 4 }).get(edition('ed-0'));
    await new Promise((r) => setTimeout(r, 20));
    await queue.get(edition('ed-2'));
    const left = readdirSync(cacheDir).sort();
    expect(left).toHaveLength(2);
    expect(left.some((f) => f.startsWith('ed-0-'))).toBe(true);
    expect(left.some((f) => f.startsWith('ed-2-'))).toBe(true);
    expect(left.some((f) => f.startsWith('ed-1-') || f.startsWith('ed-old'))).toBe(false);
  });
});
