// Prepares the database before the app starts: applies migrations, then (in demo mode) seeds the
// demo project on an empty database and prints the demo accounts. Run by scripts/start.mjs.
import { databaseConfig } from '../lib/server/db/config';
import { migrate } from '../lib/server/db/migrate';

async function main() {
  const config = databaseConfig();
  const applied = await migrate(config);
  const where = config.kind === 'sqlite' ? config.file : config.url.replace(/\/\/[^@]*@/, '//***@');
  console.log(`database: ${config.kind} (${where})${applied.length ? `, applied ${applied.join(', ')}` : ', up to date'}`);
  const { isDemoMode } = await import('../lib/server/system/demo');
  if (isDemoMode()) {
    const { seedDemo } = await import('../lib/server/seed/seed-demo');
    const result = await seedDemo();
    console.log(result.seeded ? 'demo project seeded. Demo accounts:' : 'demo mode. Demo accounts:');
    for (const a of result.accounts) console.log(`  ${a.role.padEnd(10)} ${a.email}  password: ${a.password}`);
  }
  const { disconnect } = await import('../lib/server/db/client');
  await disconnect();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
