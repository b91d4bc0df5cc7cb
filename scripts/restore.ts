// npm run restore -- <backup file> --yes: replaces the database's contents with the backup.
// Stop the app first.
import { parseArgs } from 'node:util';
import { databaseConfig } from '../lib/server/db/config';
import { restoreDatabase } from '../lib/server/system/backup';

const { values, positionals } = parseArgs({ options: { yes: { type: 'boolean', default: false } }, allowPositionals: true });
const file = positionals[0];
if (!file) {
  console.error('usage: npm run restore -- <backup file> --yes');
  process.exit(2);
}
if (!values.yes) {
  const c = databaseConfig();
  console.error(
    `This replaces everything in the ${c.kind} database (${c.kind === 'sqlite' ? c.file : 'DATABASE_URL'}) with ${file}. Stop the app, then run again with --yes.`,
  );
  process.exit(2);
}
restoreDatabase(file)
  .then(() => console.log(`restored from ${file}`))
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
