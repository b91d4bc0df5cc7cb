// Generates one Prisma client per database engine from the single data model in prisma/schema.prisma.
// Prisma bakes the SQL dialect into a generated client, so SQLite and PostgreSQL each get their own
// client under lib/server/db/generated/<provider>; lib/server/db/client.ts picks one at run time.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = readFileSync(join(root, 'prisma/schema.prisma'), 'utf8');
const outDir = join(root, 'node_modules/.cache/workbench-prisma');
mkdirSync(outDir, { recursive: true });

// `prisma generate` never needs the schema engine, but the CLI fetches it up front unless told where it is.
// On a machine without access to Prisma's binary host that fetch fails, so point it at a stub.
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = '/bin/false';
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';

for (const provider of ['sqlite', 'postgresql']) {
  const schema = source
    .replace(/provider\s*=\s*"sqlite"/, `provider = "${provider}"`)
    .replace(/output\s*=\s*"[^"]*"/, `output = "${join(root, 'lib/server/db/generated', provider)}"`);
  const file = join(outDir, `schema.${provider}.prisma`);
  writeFileSync(file, schema);
  const cli = join(root, 'node_modules/prisma/build/index.js');
  if (!existsSync(cli)) {
    console.error('prisma CLI missing: run npm install');
    process.exit(1);
  }
  const r = spawnSync(process.execPath, [cli, 'generate', '--schema', file], { env, cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) {
    process.stderr.write(r.stdout);
    process.stderr.write(r.stderr);
    process.exit(r.status ?? 1);
  }
  console.log(`prisma client generated for ${provider}`);
}
