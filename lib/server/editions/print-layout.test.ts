// Issue #17 item 12: the printed edition uses the page: two real columns (English | Korean) across
// A4, so the 21-paragraph fixture article takes 4 pages, not 11; names are not underlined in print.
// Skipped, visibly, when no Chromium is available.
import { describe, expect, it } from 'vitest';
import { EDITION_PRINT_CSS } from '@/lib/publish/edition-css';
import { peninsulaEdition } from '@/lib/publish/fixtures/peninsula';
import { renderEditionPage } from '@/lib/publish/render';
import { chromiumPath, printEditionPdf } from './print-pdf';
import { hasChromium } from '../../testing/tools';

const browser = chromiumPath();
const chromium = hasChromium(browser, 'print-layout.test.ts');

describe.skipIf(!chromium)('the printed edition', () => {
  it('prints the 21-paragraph fixture article on at most 5 A4 pages (was 11)', async () => {
    const pdf = Buffer.from(await printEditionPdf(peninsulaEdition())).toString('latin1');
    const pages = pdf.match(/\/Type \/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(5);
  }, 90_000);

  it('sets English and Korean in two columns across the page width, names without underline', async () => {
    const { chromium } = await import('playwright-core');
    const b = await chromium.launch({ executablePath: browser, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      // A4 at 96 dpi minus 15 mm margins: 180 mm ≈ 680 px wide.
      const page = await b.newPage({ viewport: { width: 680, height: 1000 } });
      await page.emulateMedia({ media: 'print' });
      await page.setContent(renderEditionPage(peninsulaEdition(), EDITION_PRINT_CSS), { waitUntil: 'load' });
      const box = async (sel: string) => (await page.locator(sel).first().boundingBox())!;
      const src = await box('#p5 .src');
      const trg = await box('#p5 .trg');
      expect(src.x).toBeLessThan(60);
      expect(trg.x).toBeGreaterThan(340); // the right half of the page
      expect(Math.abs(trg.y - src.y)).toBeLessThan(4); // side by side, not interleaved
      expect(trg.x + trg.width).toBeGreaterThan(640); // to the right margin
      expect(src.width).toBeGreaterThan(280);
      const decoration = await page
        .locator('.trg .name')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine);
      expect(decoration).toBe('none');
    } finally {
      await b.close();
    }
  }, 90_000);
});
