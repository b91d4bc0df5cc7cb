import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      // 'server-only' throws outside React Server Components; tests call server modules directly.
      'server-only': path.resolve(import.meta.dirname, 'lib/server/testing/empty-module.ts'),
      '@': import.meta.dirname,
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['lib/server/testing/setup-env.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
