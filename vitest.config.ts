import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Test files that mock modules (vi.mock) or reset the module registry: they run in a fresh process
 * each. Every other file shares its worker with the files before it (isolate: false), which saves
 * the per-file start-up (loading Prisma, the dictionaries, the QA tables again): on the 2-core CI
 * machine the SQLite run took 7.8 min of CPU with isolation and 3.9 min without (5 Dec 2026). A file
 * added here needs no other change; one that leaks state (a global stub, an env change) must undo it
 * in afterEach, as the shared ones do.
 */
const ALL = ['lib/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts'];
const ISOLATED = ['lib/server/notifications/notifications.test.ts', 'lib/server/db/sqlite-adapter.test.ts'];
/**
 * More files to leave out, one glob per line in VITEST_EXCLUDE (scripts/test.mjs uses it for the
 * PostgreSQL run). The CLI's `--exclude` does not reach the projects below: each sets its own exclude.
 */
const EXTRA_EXCLUDE = (process.env.VITEST_EXCLUDE ?? '')
  .split('\n')
  .map((g) => g.trim())
  .filter(Boolean);

export default defineConfig({
  resolve: {
    alias: {
      // 'server-only' throws outside React Server Components; tests call server modules directly.
      'server-only': path.resolve(import.meta.dirname, 'lib/server/testing/empty-module.ts'),
      '@': import.meta.dirname,
    },
  },
  test: {
    setupFiles: ['lib/server/testing/setup-env.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      // Each project names its own files: with `extends`, an include set at the top would be joined
      // to the project's, and the isolated project would run every file a second time.
      {
        extends: true,
        test: { name: 'shared', include: ALL, isolate: false, exclude: [...configDefaults.exclude, ...ISOLATED, ...EXTRA_EXCLUDE] },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED, exclude: [...configDefaults.exclude, ...EXTRA_EXCLUDE] } },
    ],
  },
});
