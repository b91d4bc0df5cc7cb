import 'server-only';
// The event bus across app instances: on PostgreSQL, events travel through LISTEN/NOTIFY, so a save
// made through one instance reaches browsers connected to any other. publish() only NOTIFYs; every
// instance (the publisher included) delivers to its local subscribers when the notification arrives,
// so each listener sees each event exactly once. NOTIFY payloads are limited to 8,000 bytes: a
// larger segment.updated event travels as a reference and the receiving instance reloads the segment.
import pg from 'pg';
import type { BusEvent, EventBus, Listener } from './bus';

const MAX_PAYLOAD = 7_500;

export interface PgBusOptions {
  connectionString: string;
  schema?: string;
  /** Loads a segment's presented form for events that had to travel by reference. */
  loadSegment?: (id: string) => Promise<unknown | null>;
}

export function pgChannelName(schema?: string) {
  return `wb_events_${(schema ?? 'public').replace(/[^a-zA-Z0-9_]/g, '_')}`.toLowerCase().slice(0, 63);
}

export function createPgBus(opts: PgBusOptions): EventBus & { ready: Promise<void>; close(): Promise<void> } {
  const channel = pgChannelName(opts.schema);
  const local = new Map<string, Set<Listener>>();
  const pool = new pg.Pool({ connectionString: opts.connectionString, max: 2 });
  let listener: pg.Client | null = null;
  let closed = false;
  // Events keep their order: NOTIFYs go out one after another, and received events are delivered
  // one after another (a by-reference event waits for its segment before the next is delivered).
  // Under load (hundreds of saves a second) one NOTIFY round trip per event would queue up behind
  // each other: events published while a NOTIFY is on its way go together in the next statement,
  // in order (notifications of one transaction are delivered in the order sent).
  let sending: Promise<unknown> = Promise.resolve();
  let queued: string[] = [];
  let sequence = 0;
  const flush = async () => {
    const batch = queued;
    queued = [];
    await pool
      .query({ name: 'wb_notify_batch_v1', text: 'SELECT pg_notify($1, p) FROM unnest($2::text[]) AS p', values: [channel, batch] })
      .catch((err) => console.error('[events] NOTIFY failed', err));
  };
  let receiving: Promise<unknown> = Promise.resolve();

  function deliver(name: string, event: BusEvent) {
    for (const fn of [...(local.get(name) ?? [])]) {
      try {
        fn(event);
      } catch (err) {
        console.error('[events] listener failed', err);
      }
    }
  }

  async function onNotification(payload: string | undefined) {
    if (!payload) return;
    let msg: { c: string; e: BusEvent };
    try {
      msg = JSON.parse(payload);
    } catch {
      return;
    }
    let event = msg.e;
    if (event.byReference && typeof event.segmentId === 'string' && opts.loadSegment) {
      const segment = await opts.loadSegment(event.segmentId).catch(() => null);
      if (!segment) return;
      const { byReference: _r, segmentId: _s, ...rest } = event;
      event = { ...rest, segment } as BusEvent;
    }
    deliver(msg.c, event);
  }

  async function connect(): Promise<void> {
    const client = new pg.Client({ connectionString: opts.connectionString });
    client.on('notification', (n) => {
      receiving = receiving.then(() => onNotification(n.payload)).catch(() => {});
    });
    client.on('error', (err) => {
      console.error('[events] LISTEN connection lost; reconnecting', err.message);
      listener = null;
      if (!closed) setTimeout(() => void connect().catch(() => {}), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${channel}`);
    listener = client;
  }

  const ready = connect();
  ready.catch((err) => console.error('[events] could not LISTEN', err));

  return {
    ready,
    publish(name, event) {
      // n: PostgreSQL delivers identical payloads of one transaction once; each event is its own.
      let payload = JSON.stringify({ c: name, e: event, n: ++sequence });
      if (Buffer.byteLength(payload) > MAX_PAYLOAD) {
        const seg = event.segment as { id?: string } | undefined;
        if (!seg?.id) {
          console.error(`[events] event ${event.type} is too large for NOTIFY and was not sent to other instances`);
          deliver(name, event);
          return;
        }
        const { segment: _s, ...rest } = event;
        payload = JSON.stringify({ c: name, e: { ...rest, segmentId: seg.id, byReference: true }, n: sequence });
      }
      queued.push(payload);
      if (queued.length === 1) sending = sending.then(flush);
    },
    subscribe(name, fn) {
      let set = local.get(name);
      if (!set) local.set(name, (set = new Set()));
      set.add(fn);
      return () => {
        set!.delete(fn);
        if (set!.size === 0) local.delete(name);
      };
    },
    async close() {
      closed = true;
      await listener?.end().catch(() => {});
      await pool.end().catch(() => {});
    },
  };
}
