import 'server-only';
// Long writes share the process with every other request. On SQLite every query completes
// synchronously, so a loop of awaited writes never returns to the event loop: a 10,000-bead
// alignment apply kept /api/health waiting 12 s. These helpers cut long work into slices of about
// SLICE_MS and let the event loop run (setImmediate: pending I/O first) between slices; writes go
// in one short transaction per slice, so no transaction stays open across a pause.
import { db, type Prisma } from './client';

/** WRITE_SLICE_MS=Infinity turns slicing off (bench/bulk measures the old behaviour that way). */
export const SLICE_MS = Number(process.env.WRITE_SLICE_MS) || 20;

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `await pause()` inside a loop: returns at once until SLICE_MS have passed, then lets others run. */
export function slicer(budgetMs = SLICE_MS): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await yieldToEventLoop();
    since = performance.now();
  };
}

/**
 * Runs `write` for every item, in transactions of SLICE_MS of work each (at least one item), with
 * a pause between them. A transaction's items commit together; earlier slices stay committed.
 */
export async function writeInSlices<T>(
  items: readonly T[],
  write: (tx: Prisma.TransactionClient, item: T) => Promise<void>,
  budgetMs = SLICE_MS,
): Promise<void> {
  let i = 0;
  while (i < items.length) {
    await db.$transaction(
      async (tx) => {
        const started = performance.now();
        do await write(tx, items[i++]!);
        while (i < items.length && performance.now() - started < budgetMs);
      },
      { timeout: 60_000 },
    );
    if (i < items.length) await yieldToEventLoop();
  }
}
