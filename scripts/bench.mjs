// `npm run bench [-- name …]`: runs bench/<name>/run.ts for every benchmark (or the ones named) and
// prints their figures. Exits non-zero when a benchmark misses its target.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const wanted = process.argv.slice(2);
const benches = readdirSync(path.join(root, 'bench'))
  .filter((d) => existsSync(path.join(root, 'bench', d, 'run.ts')))
  .filter((d) => wanted.length === 0 || wanted.includes(d))
  .sort();
let failed = [];
for (const b of benches) {
  console.log(`\n━━ bench/${b} ━━`);
  const r = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['--conditions=react-server', `bench/${b}/run.ts`], {
    stdio: 'inherit',
    cwd: root,
  });
  if (r.status !== 0) failed.push(b);
}
console.log(
  failed.length
    ? `\nbenchmarks missing their target or failing: ${failed.join(', ')}`
    : `\nall ${benches.length} benchmarks met their targets`,
);
process.exit(failed.length ? 1 : 0);
