// npm run user:create -- --email someone@example.org --password '…' [--name 'Full Name']
import { parseArgs } from 'node:util';
import { migrate } from '../lib/server/db/migrate';

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
  });
  if (!values.email || !values.password) {
    console.error('usage: npm run user:create -- --email <email> --password <password> [--name <name>]');
    process.exit(2);
  }
  await migrate();
  const { createUser } = await import('../lib/server/auth/create-user');
  const { disconnect } = await import('../lib/server/db/client');
  try {
    const user = await createUser({ email: values.email, password: values.password, name: values.name });
    console.log(`created ${user.email} (${user.name})`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  } finally {
    await disconnect();
  }
}

void main();
