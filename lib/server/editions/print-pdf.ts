import 'server-only';
// PDF: Chromium prints the web edition's own markup and stylesheet (lib/publish/render.ts +
// edition-css.ts; the print rules give A4 and two columns, English | Korean), with page numbers
// in the footer. Playwright is a development dependency, so it is loaded on demand; without it (or
// without a browser) the download answers 503 with what to install. One Chromium is shared by every
// render (a page each) and closed after a minute without work; download-edition.ts bounds how many
// renders run at once (pdf-queue.ts).
import { existsSync } from 'node:fs';
import { EDITION_PRINT_CSS } from '../../publish/edition-css';
import { esc, renderEditionPage } from '../../publish/render';
import type { EditionView } from '../../publish/snapshot';
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
type Browser = {
  newPage(): Promise<Page>;
  close(): Promise<void>;
  isConnected(): boolean;
  on(event: 'disconnected', fn: () => void): unknown;
};
type Page = {
  close(): Promise<void>;
  setContent(html: string, opts: { waitUntil: 'load' }): Promise<void>;
  evaluate(fn: () => unknown): Promise<unknown>;
  pdf(opts: Record<string, unknown>): Promise<Uint8Array>;
};

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

export async function printEditionPdf(ed: EditionView): Promise<Uint8Array> {
  const s = shared();
  s.users += 1;
  if (s.idle) clearTimeout(s.idle);
  s.idle = null;
  try {
    const page = await (await sharedBrowser()).newPage();
    try {
      await page.setContent(renderEditionPage(ed, EDITION_PRINT_CSS), { waitUntil: 'load' });
      await page.evaluate(() => (document as unknown as { fonts: { ready: Promise<unknown> } }).fonts.ready);
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: runningHead(ed),
        footerTemplate: `<div style="width:100%;font-size:7.5px;color:#666;text-align:center;font-family:'Noto Sans CJK KR',sans-serif;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
        margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
      });
    } finally {
      await page.close().catch(() => undefined);
    }
  } finally {
    release();
  }
}

/** The running head, as in a book: the English title on the left, the Korean title and version on the right. */
function runningHead(ed: EditionView): string {
  const right = `${ed.title.target !== ed.title.source ? `<span lang="${esc(ed.targetLang)}">${esc(ed.title.target)}</span> · ` : ''}v${ed.version}`;
  return (
    `<div style="width:100%;margin:0 15mm;display:flex;justify-content:space-between;gap:8mm;font-size:7.5px;color:#666;font-family:'Noto Sans CJK KR',sans-serif;letter-spacing:.02em;">` +
    `<span lang="${esc(ed.sourceLang)}">${esc(ed.title.source)}</span><span>${right}</span></div>`
  );
}
