import 'server-only';
import { databaseConfig, stripSchemaParam } from '../db/config';
import { createPgBus } from './pg-bus';
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

/**
 * On PostgreSQL the bus runs through LISTEN/NOTIFY so that events reach every app instance
 * (pg-bus.ts); on SQLite (one machine, one process) it stays in process. Tests use the in-process
 * bus unless EVENTS_BUS=postgres.
 */
function createBus(): EventBus {
  const config = databaseConfig();
  const wanted = process.env.EVENTS_BUS ?? (process.env.VITEST ? 'memory' : 'postgres');
  if (config.kind !== 'postgresql' || wanted === 'memory') return createInProcessBus();
  return createPgBus({
    connectionString: stripSchemaParam(config.url),
    schema: config.schema,
    loadSegment: async (id) => {
      const [{ db }, { presentSegment }] = await Promise.all([import('../db/client'), import('../presenters/segment')]);
      const row = await db.segment.findUnique({ where: { id } });
      return row ? presentSegment(row) : null;
    },
  });
}

const KEY = Symbol.for('workbench.events.bus');
const g = globalThis as unknown as Record<symbol, EventBus | undefined>;
// Created on first use, not at import: building the app must not open database connections.
const instance = (): EventBus => (g[KEY] ??= createBus());
export const bus: EventBus = {
  publish: (channel, event) => instance().publish(channel, event),
  subscribe: (channel, fn) => instance().subscribe(channel, fn),
};

export const publish = (channel: string, event: BusEvent) => bus.publish(channel, event);
export const subscribe = (channel: string, fn: Listener) => bus.subscribe(channel, fn);

export const documentChannel = (documentId: string) => `document:${documentId}`;
