// The main screens checked by eye and by test (issue #23 item 6): sign-in, project list, project
// dashboard, editor, alignment, glossary, quality report and publish, with fixed data (screens-data.ts),
// in English and Korean at 1,440 and 1,024 px; the project list, dashboard, editor and glossary also in the
// dark theme (cookie wb-theme=dark; English, 1,440 px). Each matches its committed screenshot (time-dependent
// parts masked, animations off), and at 1,440 px axe finds nothing serious or critical.
// Regenerate the baselines:   npx playwright test e2e/ui/screens.spec.ts --update-snapshots
// …and docs/screens/ too:      UPDATE_DOCS_SCREENS=1 npx playwright test e2e/ui/screens.spec.ts --update-snapshots
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { BASE_URL } from '../../playwright.config';
import { ALIGN_KO, LEAD, screensData, type ScreensData } from './screens-data';

const LANGS = ['en', 'ko'] as const;
const WIDTHS = [1440, 1024] as const;
const HEIGHT = 900;

interface Screen {
  name: string;
  signedIn: boolean;
  path: (d: ScreensData) => string;
  /** Waits until the screen is drawn (and does what it needs to show its content). */
  ready: (page: Page) => Promise<void>;
  /** Time-dependent parts to mask, besides <time> and [data-time]. */
  mask?: (page: Page) => Locator[];
}

const SCREENS: Screen[] = [
  {
    name: 'sign-in',
    signedIn: false,
    path: () => '/sign-in',
    ready: async (page) => {
      await expect(page.locator('form input[type="password"]')).toBeVisible();
    },
  },
  {
    name: 'projects',
    signedIn: true,
    path: () => '/projects',
    ready: async (page) => {
      await expect(page.getByRole('link', { name: /Border Village Talks/ }).first()).toBeVisible();
    },
  },
  {
    name: 'dashboard',
    signedIn: true,
    path: (d) => `/projects/${d.projectId}/dashboard`,
    ready: async (page) => {
      // Every chart drawn (a chart with nothing to show has no box).
      await expect(page.locator('.dash-grid .chart-box').first()).toBeVisible();
      await expect(page.locator('.dash-grid .chart-box:not(:has(.recharts-wrapper))')).toHaveCount(0);
    },
    // The work chart's week labels are dates.
    mask: (page) => [page.locator('#dash-work ~ .chart-box').locator('.recharts-xAxis, text[orientation="bottom"]')],
  },
  {
    name: 'editor',
    signedIn: true,
    path: (d) => `/documents/${d.doc1}`,
    ready: async (page) => {
      await expect(page.locator('[data-segment-id]').first()).toBeVisible();
    },
  },
  {
    name: 'alignment',
    signedIn: true,
    path: (d) => `/documents/${d.doc2}/align`,
    ready: async (page) => {
      await page.locator('#align-content').fill(ALIGN_KO);
      await page.locator('form button[type="submit"]').click();
      await expect(page.getByTestId('align-rows')).toBeVisible();
    },
  },
  {
    name: 'glossary',
    signedIn: true,
    path: (d) => `/projects/${d.projectId}/glossary`,
    ready: async (page) => {
      await expect(page.getByText('Ministry of Unification').first()).toBeVisible();
    },
  },
  {
    name: 'quality',
    signedIn: true,
    path: (d) => `/documents/${d.doc1}/quality`,
    ready: async (page) => {
      await expect(page.getByTestId('quality-score')).toBeVisible();
      await expect(page.locator('.recharts-wrapper')).toHaveCount(1);
    },
  },
  {
    name: 'publish',
    signedIn: true,
    path: (d) => `/documents/${d.doc1}/publish`,
    ready: async (page) => {
      await expect(page.locator('h1')).toBeVisible();
    },
  },
];

let data: ScreensData;
test.beforeAll(async () => {
  test.setTimeout(60_000);
  data = await screensData();
});

const DARK_SCREENS = ['projects', 'dashboard', 'editor', 'glossary'];
type Theme = 'light' | 'dark';

async function open(browser: Browser, lang: (typeof LANGS)[number], width: number, signedIn: boolean, theme: Theme = 'light') {
  const context = await browser.newContext({
    viewport: { width, height: HEIGHT },
    locale: lang === 'ko' ? 'ko-KR' : 'en-US',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
    colorScheme: theme,
    extraHTTPHeaders: { origin: BASE_URL },
  });
  await context.addCookies([
    { name: 'NEXT_LOCALE', value: lang, url: BASE_URL },
    ...(theme === 'dark' ? [{ name: 'wb-theme', value: 'dark', url: BASE_URL }] : []),
  ]);
  if (signedIn) {
    const res = await context.request.post('/api/v1/auth/session', { data: { email: LEAD.email, password: LEAD.password } });
    expect(res.status(), await res.text()).toBe(200);
  }
  return context;
}

/** Opens one screen, compares it with its baseline (and writes the docs copy), then runs axe. */
async function check(browser: Browser, screen: Screen, lang: (typeof LANGS)[number], width: number, theme: Theme) {
  const name = theme === 'dark' ? `${screen.name}-dark-${lang}-${width}` : `${screen.name}-${lang}-${width}`;
  const context = await open(browser, lang, width, screen.signedIn, theme);
  const page = await context.newPage();
  await page.goto(screen.path(data));
  await screen.ready(page);
  await page.evaluate(() => document.fonts.ready);

  const mask = [page.locator('time, [data-time]'), ...(screen.mask?.(page) ?? [])];
  await expect.soft(page).toHaveScreenshot(`${name}.png`, { fullPage: true, animations: 'disabled', mask, maxDiffPixelRatio: 0.01 });
  if (process.env.UPDATE_DOCS_SCREENS === '1') {
    mkdirSync('docs/screens', { recursive: true });
    await page.screenshot({ path: `docs/screens/${name}.png`, fullPage: true, animations: 'disabled' }); // unmasked: for people
  }

  // After the screenshot, so a finding does not keep a missing baseline from being written. At the
  // widest width only: the narrower one lays out the same elements with the same colours and names
  // (its screenshot still guards the layout), and axe's full-page pass was a third of this file's time.
  if (width !== WIDTHS[0]) return context.close();
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect.soft(serious, `${name}: axe`).toEqual([]);
  await context.close();
}

for (const screen of SCREENS) {
  test(`${screen.name}: matches its screenshots (en, ko × 1,440, 1,024 px); no serious axe finding (en, ko at 1,440 px)`, async ({
    browser,
  }) => {
    // Four pages with screenshots and axe: 30 s alone on an idle machine, over 90 s with the other
    // browser-test shard and the PostgreSQL tests on the same two cores.
    test.setTimeout(180_000);
    for (const lang of LANGS) {
      for (const width of WIDTHS) await check(browser, screen, lang, width, 'light');
    }
  });
}

test(`dark theme (${DARK_SCREENS.join(', ')}): no serious axe finding, contrast included; matches its screenshots (en, 1,440 px)`, async ({
  browser,
}) => {
  test.setTimeout(180_000);
  for (const screen of SCREENS.filter((x) => DARK_SCREENS.includes(x.name))) await check(browser, screen, 'en', 1440, 'dark');
});
