// Two buses on one PostgreSQL database stand for two app instances.
import { describe, expect, it } from 'vitest';
import { databaseConfig, stripSchemaParam } from '../db/config';
import { createPgBus } from './pg-bus';

const config = databaseConfig();
const onPg = config.kind === 'postgresql';

describe.skipIf(!onPg)('PostgreSQL event bus (LISTEN/NOTIFY)', () => {
  it('delivers an event published on one instance to subscribers on the other, once each', async () => {
    const big = { id: 'seg-big', targetText: '가'.repeat(5000) };
    const opts = {
      connectionString: stripSchemaParam(config.url),
      schema: config.schema,
      loadSegment: async (id: string) => (id === 'seg-big' ? big : null),
    };
    const a = createPgBus(opts);
    const b = createPgBus(opts);
    await Promise.all([a.ready, b.ready]);
    const gotA: unknown[] = [];
    const gotB: unknown[] = [];
    a.subscribe('document:1', (e) => gotA.push(e));
    b.subscribe('document:1', (e) => gotB.push(e));
    b.subscribe('document:2', () => gotB.push('wrong channel'));
    a.publish('document:1', { type: 'segment.updated', segment: { id: 's1', targetText: '작은 저장' } });
    a.publish('document:1', { type: 'segment.updated', segment: big });
    const until = Date.now() + 5000;
    while ((gotA.length < 2 || gotB.length < 2) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(gotB).toEqual([
      { type: 'segment.updated', segment: { id: 's1', targetText: '작은 저장' } },
      { type: 'segment.updated', segment: big },
    ]);
    expect(gotA).toHaveLength(2);
    await Promise.all([a.close(), b.close()]);
  });
});
