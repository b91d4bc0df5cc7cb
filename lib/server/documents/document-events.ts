import 'server-only';
// A document's live events as a server-sent-events stream: `presence` (who is where) and
// `segment.updated` (every accepted save, from the event bus). A comment line every 15 s keeps
// proxies from closing the connection and refreshes the presence snapshot (expired entries drop out).
import type { Actor } from '../auth/authenticate';
import { documentChannel, subscribe, type BusEvent } from '../events/bus';
import { leavePresence, presenceOf } from '../presence/presence';
import { requireDocument } from '../projects/access';

const KEEPALIVE_MS = 15_000;

function frame(event: BusEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

export async function documentEvents(actor: Actor, documentId: string, opts: { once?: boolean; clientId?: string; signal?: AbortSignal }): Promise<Response> {
  await requireDocument(actor, documentId, 'document.read');
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      send(`retry: 3000\n\n${frame({ type: 'presence', users: presenceOf(documentId) })}`);
      if (opts.once) {
        controller.close();
        return;
      }
      const off = subscribe(documentChannel(documentId), (e) => send(frame(e)));
      const timer = setInterval(() => send(`: keepalive\n\n${frame({ type: 'presence', users: presenceOf(documentId) })}`), KEEPALIVE_MS);
      let done = false;
      cleanup = () => {
        if (done) return;
        done = true;
        off();
        clearInterval(timer);
        if (opts.clientId) leavePresence(documentId, actor.id, opts.clientId);
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
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
  });
}
