// Shared steps for the interface specs (issue #17 items 7, 9, 10): the Korean interface, a fresh
// document, and the words a Korean screen may keep in Latin letters.
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';

export async function korean(context: BrowserContext) {
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'ko', url: BASE_URL }]);
}

/** Latin words a Korean screen may show: product and format names, keys, and the demo data's names. */
export const ALLOWED_LATIN = new Set([
  'DeepL',
  'TM',
  'MT',
  'QA',
  'MQM',
  'XLIFF',
  'TMX',
  'EPUB',
  'PDF',
  'DOCX',
  'docx',
  'HTML',
  'Markdown',
  'CSV',
  'JSON',
  'LD',
  'W3C',
  'API',
  'URL',
  'UTF',
  'Ctrl',
  'Shift',
  'Alt',
  'Enter',
  'Esc',
  'Tab',
  'Cmd',
  'Bearer',
  'KiB',
  'MB',
  'pts',
  'REST',
  'HTTP',
  'Authorization',
  'Matecat',
  'TBX',
  // File extensions (.txt, .md, …).
  'txt',
  'md',
  'html',
  'htm',
  'xliff',
  'xlf',
  'csv',
  'tbx',
  'tmx',
  'epub',
  'pdf',
  // The demo's own data (names of people and of the project; the documents' English text is lang="en").
  'Demo',
  'Owner',
  'Translator',
  'Reviewer',
  'Korean',
  'Peninsula',
  'Today',
  'demo',
]);

/**
 * Visible Latin words of the page outside English content (an element with lang other than ko),
 * in text, placeholders, titles and aria-labels, e-mail addresses removed. Returns "word (where)".
 */
export async function leftoverEnglish(page: Page, extraAllowed: string[] = []): Promise<string[]> {
  const allowed = [...ALLOWED_LATIN, ...extraAllowed];
  return page.evaluate((allowedList) => {
    const allowedSet = new Set(allowedList);
    const out: string[] = [];
    const english = (el: Element | null) => {
      const withLang = el?.closest('[lang]');
      return !!withLang && !withLang.getAttribute('lang')!.startsWith('ko');
    };
    const visible = (el: Element) => {
      // Code (identifiers, file names) is not prose; hidden and folded content is not on the screen.
      if (el.closest('script, style, noscript, template, code, [hidden], [aria-hidden="true"], details:not([open]) > :not(summary)'))
        return false;
      const s = getComputedStyle(el);
      return s.visibility !== 'hidden' && s.display !== 'none' && el.getClientRects().length > 0;
    };
    const check = (text: string, where: string) => {
      const clean = text.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ').replace(/https?:\/\/\S+/g, ' ');
      for (const w of clean.match(/[A-Za-z]{2,}/g) ?? []) if (!allowedSet.has(w)) out.push(`${w} (${where.slice(0, 60)})`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || english(el) || !visible(el)) continue;
      check(n.textContent, n.textContent.trim());
    }
    for (const el of document.body.querySelectorAll('[placeholder], [title], [aria-label]')) {
      if (english(el) || !visible(el)) continue;
      for (const a of ['placeholder', 'title', 'aria-label']) {
        const v = el.getAttribute(a);
        if (v) check(v, `${a}="${v}"`);
      }
    }
    return [...new Set(out)];
  }, allowed);
}

export async function headerShare(page: Page): Promise<number> {
  const top = await page.locator('.seg-scroll').evaluate((el) => el.getBoundingClientRect().top);
  const height = await page.evaluate(() => window.innerHeight);
  return top / height;
}

/** The popover's box is inside the viewport (a 1 px rounding allowed). */
export async function expectInViewport(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  expect(box, selector).not.toBeNull();
  expect(box!.x, `${selector} left edge`).toBeGreaterThanOrEqual(-1);
  expect(box!.x + box!.width, `${selector} right edge`).toBeLessThanOrEqual(width + 1);
}
