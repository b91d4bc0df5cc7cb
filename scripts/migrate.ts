import { migrate } from '../lib/server/db/migrate';

migrate()
  .then((applied) => console.log(applied.length ? `applied ${applied.join(', ')}` : 'database is up to date'))
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
