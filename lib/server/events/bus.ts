import 'server-only';
// In-process publish/subscribe for live editor updates (segment.updated, presence). The interface is
// deliberately small (publish / subscribe) so it can later be backed by PostgreSQL LISTEN/NOTIFY for
// several app instances. Kept on globalThis: Next.js may load this module once per route bundle, and
// every route must share one bus.

export interface BusEvent {
  type: string;
  [key: string]: unknown;
}
export type Listener = (event: BusEvent) => void;

export interface EventBus {
  publish(channel: string, event: BusEvent): void;
  /** Returns the unsubscribe function. */
  subscribe(channel: string, fn: Listener): () => void;
}

function createInProcessBus(): EventBus {
  const channels = new Map<string, Set<Listener>>();
  return {
    publish(channel, event) {
      for (const fn of [...(channels.get(channel) ?? [])]) {
        try {
          fn(event);
        } catch (err) {
          console.error('[events] listener failed', err);
        }
      }
    },
    subscribe(channel, fn) {
      let set = channels.get(channel);
      if (!set) channels.set(channel, (set = new Set()));
      set.add(fn);
      return () => {
        set!.delete(fn);
        if (set!.size === 0) channels.delete(channel);
      };
    },
  };
}

const KEY = Symbol.for('workbench.events.bus');
const g = globalThis as unknown as Record<symbol, EventBus | undefined>;
export const bus: EventBus = (g[KEY] ??= createInProcessBus());

export const publish = (channel: string, event: BusEvent) => bus.publish(channel, event);
export const subscribe = (channel: string, fn: Listener) => bus.subscribe(channel, fn);

export const documentChannel = (documentId: string) => `document:${documentId}`;
