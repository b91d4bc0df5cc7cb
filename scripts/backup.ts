// npm run backup [-- --out <file>]: a consistent copy of the database while the app runs.
import { parseArgs } from 'node:util';
import { backupDatabase } from '../lib/server/system/backup';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
backupDatabase(values.out)
  .then((file) => console.log(`backup written: ${file}`))
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
