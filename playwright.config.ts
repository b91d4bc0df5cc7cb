import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Use the system Chromium when it is there (or when PLAYWRIGHT_CHROMIUM_PATH says where), else
// Playwright's own browser (scripts/test.mjs installs it when missing).
const systemChromium = process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
const DEEPL_PORT = PORT + 1000;

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? 'test-results/e2e.json' }]],
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results/e2e',
  use: {
    baseURL: BASE_URL,
    // Cookie-authenticated writes need a same-origin Origin (lib/server/http/handler.ts); browsers send it on
    // fetch writes, Playwright's API requests (page.request, request) do not, so they send it here. Contexts
    // opened on another origin (e2e/reliability) must set their own, or the browser's requests fail.
    extraHTTPHeaders: { origin: BASE_URL },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: [
    // A local DeepL-compatible server (fake translations) for the pre-translation tests; the app
    // below is pointed at it. Its port follows the app's (E2E_PORT + 1000) so parallel runs differ.
    {
      command: `npx tsx scripts/deepl-server.ts --port ${DEEPL_PORT} --latency-ms 40 --quiet`,
      url: `http://127.0.0.1:${DEEPL_PORT}/__control`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node scripts/start.mjs --reset-database',
      url: `${BASE_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 600_000,
      stdout: 'pipe',
      env: {
        PORT: String(PORT),
        HOST: '127.0.0.1',
        DATABASE_URL: `file:./data/e2e-${PORT}.db`,
        DEMO: '1',
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next',
        DEEPL_AUTH_KEY: 'test-key',
        DEEPL_SERVER_URL: `http://127.0.0.1:${DEEPL_PORT}`,
        DEEPL_RETRY_BASE_MS: '50',
      },
    },
  ],
});
