import 'server-only';
// PDF: Chromium prints the web edition's own markup and stylesheet (lib/publish/render.ts +
// edition-css.ts; the print rules give A4 and two columns, English | Korean), with page numbers
// in the footer. Playwright is a development dependency, so it is loaded on demand; without it (or
// without a browser) the download answers 503 with what to install.
import { existsSync } from 'node:fs';
import { EDITION_PRINT_CSS } from '../../publish/edition-css';
import { renderEditionPage } from '../../publish/render';
import type { EditionView } from '../../publish/snapshot';
import { AppError } from '../errors';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

type Launcher = { launch(opts: { executablePath?: string; args: string[] }): Promise<Browser> };
type Browser = { newPage(): Promise<Page>; close(): Promise<void> };
type Page = {
  setContent(html: string, opts: { waitUntil: 'load' }): Promise<void>;
  evaluate(fn: () => unknown): Promise<unknown>;
  pdf(opts: Record<string, unknown>): Promise<Uint8Array>;
};

async function loadChromium(): Promise<Launcher> {
  try {
    const mod = (await import('@playwright/test')) as unknown as { chromium: Launcher };
    return mod.chromium;
  } catch {
    throw new AppError('unavailable', 'PDF printing is not available on this server: it needs the @playwright/test package and Chromium (npm install, then /usr/bin/chromium or "npx playwright install chromium"). The other formats work.');
  }
}

export function chromiumPath(): string | undefined {
  return process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

export async function printEditionPdf(ed: EditionView): Promise<Uint8Array> {
  const chromium = await loadChromium();
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  } catch (e) {
    throw new AppError('unavailable', `PDF printing is not available: Chromium did not start (${e instanceof Error ? e.message.split('\n')[0] : String(e)}). Install chromium or run "npx playwright install chromium".`);
  }
  try {
    const page = await browser.newPage();
    await page.setContent(renderEditionPage(ed, EDITION_PRINT_CSS), { waitUntil: 'load' });
    await page.evaluate(() => (document as unknown as { fonts: { ready: Promise<unknown> } }).fonts.ready);
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="width:100%;font-size:8px;color:#555;text-align:center;font-family:sans-serif;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
    });
  } finally {
    await browser.close();
  }
}
