// `npm run lint` (with `prettier --check`): Next.js, React, react-hooks and typescript-eslint rules.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    '.next*/**',
    'node_modules/**',
    'lib/server/db/generated/**',
    'test-results/**',
    'playwright-report/**',
    'bench/out/**',
    'next-env.d.ts',
    '*.tmp.ts',
  ]),
  {
    files: ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}'],
    // The React Compiler's rules (eslint-plugin-react-hooks 7): the app does not run the compiler, so
    // these are advice (warnings) until the editor's ref-heavy components are reworked; the classic
    // rules (rules-of-hooks, exhaustive-deps) stay errors.
    rules: {
      'react-hooks/refs': 'warn',
      'react-hooks/immutability': 'warn',
      'react-hooks/set-state-in-effect': 'warn',
      'react-hooks/purity': 'warn',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // CommonJS on purpose: next.config.js, and the spelling worker loaded from disk by path.
    files: ['**/*.cjs', 'next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests: useTestDatabase() is a vitest lifecycle helper, not a React hook.
    files: ['**/*.test.ts', '**/*.test.tsx', 'lib/server/testing/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
]);
