// Test database lifecycle for service and API tests: migrate the per-file database (see
// setup-env.ts) before the file's tests, drop it afterwards.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { databaseConfig, stripSchemaParam } from '../db/config';
import { migrate } from '../db/migrate';

export function useTestDatabase() {
  beforeAll(async () => {
    await migrate();
  });
  afterAll(async () => {
    const { disconnect } = await import('../db/client');
    await disconnect();
    const config = databaseConfig();
    if (config.kind === 'sqlite') {
      for (const suffix of ['', '-wal', '-shm']) rmSync(config.file + suffix, { force: true });
    } else if (config.schema) {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: stripSchemaParam(config.url) });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${config.schema}" CASCADE`);
      await client.end();
    }
  });
}
