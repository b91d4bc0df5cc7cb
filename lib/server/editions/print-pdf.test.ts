// PDF printing through Chromium (skipped, visibly, when no Chromium is available).
import { describe, expect, it } from 'vitest';
import { longEdition, sampleEdition } from '@/lib/publish/fixtures/edition';
import { browserLaunches, chromiumPath, printEditionPdf } from './print-pdf';
import { hasChromium } from '../../testing/tools';

const browser = chromiumPath();
const chromium = hasChromium(browser, 'print-pdf.test.ts');

describe.skipIf(!chromium)('printEditionPdf', () => {
  it('prints an A4 PDF with the Korean text in an embedded Noto CJK font', async () => {
    const pdf = Buffer.from(await printEditionPdf(sampleEdition()));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/MediaBox \[0 0 59\d(\.\d+)? 84\d(\.\d+)?\]/); // A4: 595 × 842 pt
    expect(text).toMatch(/\/FontName \/[A-Z]{6}\+Noto(Serif|Sans)CJK/);
  }, 60_000);

  it('paginates a long edition', async () => {
    const pdf = Buffer.from(await printEditionPdf(longEdition(120))).toString('latin1');
    const pages = pdf.match(/\/Type \/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(3);
  }, 60_000);
});

describe.skipIf(!chromium)('one shared Chromium', () => {
  it('prints three editions at once with one browser launch', async () => {
    await printEditionPdf(sampleEdition()); // warm: the browser is up
    const before = browserLaunches();
    const pdfs = await Promise.all([1, 2, 3].map(() => printEditionPdf(sampleEdition())));
    expect(pdfs.every((p) => Buffer.from(p).subarray(0, 5).toString('latin1') === '%PDF-')).toBe(true);
    expect(browserLaunches()).toBe(before);
  }, 90_000);
});
