// Runs before every test file: gives the file its own empty database, so files can run in parallel
// and never see each other's rows. SQLite: a fresh file under data/test/. PostgreSQL (when
// DATABASE_URL points there): a fresh schema. Nothing is created until a test calls useTestDatabase().
import { randomBytes } from 'node:crypto';
import path from 'node:path';

const id = `t${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
const url = process.env.DATABASE_URL ?? '';
if (url.startsWith('postgres')) {
  process.env.DATABASE_SCHEMA = id;
} else {
  process.env.DATABASE_URL = `file:${path.join('data', 'test', `${id}.db`)}`;
}
