import 'server-only';
// A document's live events as a server-sent-events stream: `presence` (who is where) and
// `segment.updated` (every accepted save, from the event bus). A comment line every 15 s keeps
// proxies from closing the connection and refreshes the presence snapshot (expired entries drop out);
// closing the stream removes the tab from presence.
//
// The right to read is checked again before every event is sent (events that arrive meanwhile wait
// for a check that started after them) and every REVALIDATE_MS: when the membership, the session or
// the token is gone, the stream closes without delivering what was saved after.
import type { Actor } from '../auth/authenticate';
import { documentChannel, subscribe, type BusEvent } from '../events/bus';
import { leavePresence, presenceOf } from '../presence/presence';
import { requireDocument, roleIn } from '../projects/access';

const KEEPALIVE_MS = 15_000;
const REVALIDATE_MS = 10_000;
let revalidateMs = REVALIDATE_MS;
/** Tests shorten the periodic check; null restores it. */
export function setRevalidateMs(ms: number | null) {
  revalidateMs = ms ?? REVALIDATE_MS;
}
const HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-store, no-transform',
  connection: 'keep-alive',
  'x-accel-buffering': 'no',
};

function frame(event: BusEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

export interface EventsOptions {
  once?: boolean;
  clientId?: string;
  signal?: AbortSignal;
  /** Whether the credential the stream was opened with (session or token) still names this actor. */
  stillSignedIn?: () => Promise<boolean>;
}

export async function documentEvents(actor: Actor, documentId: string, opts: EventsOptions): Promise<Response> {
  const { document } = await requireDocument(actor, documentId, 'document.read');
  const mayRead = async () => {
    try {
      return (await roleIn(document.projectId, actor.id)) !== null && (!opts.stillSignedIn || (await opts.stillSignedIn()));
    } catch {
      return false; // when in doubt, stop: the client reconnects and is asked again
    }
  };
  if (opts.once)
    return new Response(`retry: 3000\n\n${frame({ type: 'presence', users: await presenceOf(documentId) })}`, { headers: HEADERS });
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
      // Events wait for a check of the right to read that started after they arrived; one check at a time.
      let waiting: string[] = [];
      let checking = false;
      const check = () => {
        if (checking || done) return;
        checking = true;
        const batch = waiting;
        waiting = [];
        mayRead().then((ok) => {
          checking = false;
          if (!ok) return cleanup();
          for (const text of batch) send(text);
          if (waiting.length) check();
        });
      };
      const off = subscribe(documentChannel(documentId), (e) => {
        if (e.type === 'presence') presenceEvents += 1;
        waiting.push(frame(e));
        check();
      });
      snapshot('retry: 3000\n\n');
      const timer = setInterval(() => snapshot(': keepalive\n\n'), KEEPALIVE_MS);
      const revalidate = setInterval(() => {
        if (!checking) check();
      }, revalidateMs);
      cleanup = () => {
        if (done) return;
        done = true;
        off();
        clearInterval(timer);
        clearInterval(revalidate);
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
