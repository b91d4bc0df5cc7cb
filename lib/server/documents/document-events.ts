import 'server-only';
// A document's live events as a server-sent-events stream: `presence` (who is where) and
// `segment.updated` (every accepted save, from the event bus). A comment line every 15 s keeps
// proxies from closing the connection and refreshes the presence snapshot (expired entries drop out);
// closing the stream removes the tab from presence.
import type { Actor } from '../auth/authenticate';
import { documentChannel, subscribe, type BusEvent } from '../events/bus';
import { leavePresence, presenceOf } from '../presence/presence';
import { requireDocument } from '../projects/access';

const KEEPALIVE_MS = 15_000;
const HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-store, no-transform',
  connection: 'keep-alive',
  'x-accel-buffering': 'no',
};

function frame(event: BusEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

export async function documentEvents(actor: Actor, documentId: string, opts: { once?: boolean; clientId?: string; signal?: AbortSignal }): Promise<Response> {
  await requireDocument(actor, documentId, 'document.read');
  if (opts.once) return new Response(`retry: 3000\n\n${frame({ type: 'presence', users: await presenceOf(documentId) })}`, { headers: HEADERS });
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let done = false;
      const send = (text: string) => {
        if (done) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      // Presence lists come from the database (shared by all instances). A snapshot read while a
      // `presence` event arrived from the bus may be older than that event, so it is then skipped.
      let presenceEvents = 0;
      const snapshot = (prefix: string) => {
        const seen = presenceEvents;
        presenceOf(documentId).then(
          (users) => send(seen === presenceEvents ? `${prefix}${frame({ type: 'presence', users })}` : prefix),
          () => send(prefix),
        );
      };
      const off = subscribe(documentChannel(documentId), (e) => {
        if (e.type === 'presence') presenceEvents += 1;
        send(frame(e));
      });
      snapshot('retry: 3000\n\n');
      const timer = setInterval(() => snapshot(': keepalive\n\n'), KEEPALIVE_MS);
      cleanup = () => {
        if (done) return;
        done = true;
        off();
        clearInterval(timer);
        if (opts.clientId) leavePresence(documentId, actor.id, opts.clientId).catch((err) => console.error('[presence] leave failed', err));
        try {
          controller.close();
        } catch {
          /* already closed */
        }
      };
      opts.signal?.addEventListener('abort', () => cleanup());
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, { headers: HEADERS });
}
