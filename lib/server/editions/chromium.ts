import 'server-only';
// One Chromium (playwright-core, a production dependency with no browser download), shared by every
// PDF render in the process (a page each) and closed after a minute without work. Without
// playwright-core or a browser the download answers 503 with what to install.
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { AppError } from '../errors';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

type Launcher = { launch(opts: { executablePath?: string; args: string[] }): Promise<Browser> };

async function loadChromium(): Promise<Launcher> {
  try {
    // playwright-core is a production dependency (no browser download): `npm ci --omit=dev` can print.
    const mod = (await import('playwright-core')) as unknown as { chromium: Launcher };
    return mod.chromium;
  } catch {
    throw new AppError(
      'unavailable',
      'PDF printing is not available on this server: it needs Chromium (/usr/bin/chromium, or PLAYWRIGHT_CHROMIUM_PATH). The other formats work.',
    ).because('pdf_unavailable');
  }
}

export function chromiumPath(): string | undefined {
  return process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

const IDLE_CLOSE_MS = 60_000;
const SHARED = Symbol.for('workbench.pdfBrowser');
interface Shared {
  browser: Promise<Browser> | null;
  users: number;
  idle: ReturnType<typeof setTimeout> | null;
  launches: number;
}
function shared(): Shared {
  const g = globalThis as unknown as Record<symbol, Shared>;
  return (g[SHARED] ??= { browser: null, users: 0, idle: null, launches: 0 });
}

/** How many times Chromium was started in this process (tests: concurrent prints share one). */
export function browserLaunches(): number {
  return shared().launches;
}

async function sharedBrowser(): Promise<Browser> {
  const s = shared();
  if (!s.browser) {
    s.launches += 1;
    const launching = loadChromium().then((chromium) =>
      chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS }).catch((e: unknown) => {
        throw new AppError(
          'unavailable',
          `PDF printing is not available: Chromium did not start (${e instanceof Error ? e.message.split('\n')[0] : String(e)}). Install chromium or run "npx playwright install chromium".`,
        ).because('pdf_unavailable');
      }),
    );
    s.browser = launching;
    launching.then(
      (b) =>
        b.on('disconnected', () => {
          if (s.browser === launching) s.browser = null;
        }),
      () => {
        if (s.browser === launching) s.browser = null;
      },
    );
  }
  const browser = await s.browser;
  if (!browser.isConnected()) {
    s.browser = null;
    return sharedBrowser();
  }
  return browser;
}

function release() {
  const s = shared();
  s.users -= 1;
  if (s.users > 0) return;
  s.idle = setTimeout(() => {
    const b = s.browser;
    s.browser = null;
    s.idle = null;
    void b?.then((x) => x.close()).catch(() => undefined);
  }, IDLE_CLOSE_MS);
  s.idle.unref?.();
}

/** Runs `fn` on a new page of the shared Chromium; the page is closed afterwards. */
export async function withChromiumPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  const s = shared();
  s.users += 1;
  if (s.idle) clearTimeout(s.idle);
  s.idle = null;
  try {
    const page = await (await sharedBrowser()).newPage();
    try {
      return await fn(page);
    } finally {
      await page.close().catch(() => undefined);
    }
  } finally {
    release();
  }
}
