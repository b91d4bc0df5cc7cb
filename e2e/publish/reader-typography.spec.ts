// Issue #21 items 4-5 and #17 item 12, as a reader of the fixture article's edition: the index of
// names (Korean, romanised form, a link to the first mention), the typography (a Korean text face
// and a Latin face that pair, a measure of about 60-75 Latin / 35-45 Korean characters, keep-all,
// the title page set like a book) at 1,440 and 390 px, and the PDF in two real columns across A4
// (the 21 paragraphs on at most 5 pages, was 11), names not underlined in print. Screenshots go to
// docs/screens/ with UPDATE_DOCS_SCREENS=1 (edition-1440.png, edition-390.png).
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiSignIn, DEMO } from '../support/fixtures';
import { approve, demoProjectId, FIXTURE_EN_TEXT, FIXTURE_KO } from './helpers';

const screens = path.join(__dirname, '../../docs/screens');
// The screenshots go to docs/screens/ only when asked (UPDATE_DOCS_SCREENS=1), so a test run leaves
// the tree clean; docs/screens/edition-pdf.png is a page with reader notes, made by hand from the PDF.
const shot = (name: string) =>
  process.env.UPDATE_DOCS_SCREENS === '1' && name !== 'edition-pdf.png' ? path.join(screens, name) : path.join(tmpdir(), name);
const NAMES: Record<string, string> = { 'Kwon Jong-gun': '권정근', 'Oh Gyeong-seop': '오경섭', 'Kim Jong-un': '김정은' };

/** Average characters per full line of the longest paragraph in `sel` (the last, short line left out). */
async function charsPerLine(page: Page, sel: string): Promise<number> {
  return page.locator(sel).evaluateAll((els) => {
    const p = els.map((e) => e as HTMLElement).sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length)[0]!;
    const range = document.createRange();
    const tops = new Map<number, number>();
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < (n.textContent ?? '').length; i += 1) {
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const r = range.getBoundingClientRect();
        if (r.width === 0) continue;
        const top = Math.round(r.top / 4);
        tops.set(top, (tops.get(top) ?? 0) + 1);
      }
    }
    const lines = [...tops.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
    const full = lines.slice(0, -1);
    return full.reduce((a, b) => a + b, 0) / Math.max(1, full.length);
  });
}

test('a reader finds names in the index, reads at a comfortable measure on a wide screen and a phone, and prints two columns', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await apiSignIn(page.request, DEMO.owner);
  const projectId = await demoProjectId(page.request);
  const created = await page.request.post(`/api/v1/projects/${projectId}/documents`, {
    data: { title: 'Korean Peninsula A to Z', content: FIXTURE_EN_TEXT },
  });
  expect(created.status()).toBe(201);
  const doc = await created.json();
  // The owner vets the names found at import, with their Korean forms.
  const terms = (await (await page.request.get(`/api/v1/projects/${projectId}/terms?kind=NAME`)).json()).terms as {
    id: string;
    source: string;
    target: string;
    kind: string;
    note: string;
    caseSensitive: boolean;
  }[];
  for (const [source, target] of Object.entries(NAMES)) {
    const t = terms.find((x) => x.source === source)!;
    const r = await page.request.patch(`/api/v1/terms/${t.id}`, {
      data: { source, target, kind: 'NAME', note: t.note ?? '', caseSensitive: t.caseSensitive ?? true, status: 'CONFIRMED' },
    });
    expect(r.status(), await r.text()).toBe(200);
  }
  await approve(page.request, doc.id, (i) => FIXTURE_KO[i]!);
  const res = await page.request.post(`/api/v1/documents/${doc.id}/editions`, {
    data: {
      subtitle: { source: 'Korea, Today and Tomorrow' },
      slug: `peninsula-${Date.now().toString(36)}`,
      editorNote: 'A 2019 radio commentary and its Korean translation, paragraph by paragraph.',
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const ed = await res.json();

  const reader = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const pub = await reader.newPage();
  await pub.goto(ed.url);

  // The index of names, in 가나다 order, each linking to its first mention.
  const index = pub.getByRole('region', { name: /Names/ });
  const entries = (await index.locator('li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  const ours = entries.filter((e) => Object.values(NAMES).some((ko) => e.startsWith(ko)));
  expect(ours).toEqual(['권정근 Kwon Jong-gun', '김정은 Kim Jong-un', '오경섭 Oh Gyeong-seop']);
  await index.getByRole('link', { name: '권정근' }).click();
  await expect(pub).toHaveURL(/#nm-\d+$/);
  const target = pub.locator(':target');
  await expect(target).toHaveText('권정근');
  await expect(target).toBeInViewport();
  expect(await target.evaluate((el) => el.closest('.pair')!.id)).toBe('p7'); // first mentioned in paragraph 7

  // Typography at 1,440 px: faces, measure, keep-all, a centred title page.
  await pub.goto(ed.url);
  const trgP = pub.locator('.pair-paragraph .trg p');
  expect(await trgP.first().evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Noto Serif CJK KR/);
  expect(await trgP.first().evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
  expect(
    await pub
      .locator('.pair-paragraph .src p')
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily),
  ).toMatch(/Noto Serif CJK KR/); // the Latin of the same family where no Source Serif is installed
  const latin = await charsPerLine(pub, '.pair-paragraph .src p');
  const korean = await charsPerLine(pub, '.pair-paragraph .trg p');
  console.log(`measure at 1440 px: ${latin.toFixed(1)} Latin, ${korean.toFixed(1)} Korean characters per line`);
  expect(latin).toBeGreaterThanOrEqual(58);
  expect(latin).toBeLessThanOrEqual(78);
  expect(korean).toBeGreaterThanOrEqual(33);
  expect(korean).toBeLessThanOrEqual(47);
  expect(await pub.locator('.ed-head').evaluate((el) => getComputedStyle(el).textAlign)).toBe('center');
  await expect(pub.locator('.ed-facts')).toContainText('Version');
  mkdirSync(screens, { recursive: true });
  await pub.screenshot({ path: shot('edition-1440.png') });

  // A phone: interleaved, a narrow number gutter, Korean words kept whole.
  await pub.setViewportSize({ width: 390, height: 844 });
  const src = (await pub.locator('#p4 .src').boundingBox())!;
  const trg = (await pub.locator('#p4 .trg').boundingBox())!;
  expect(trg.y).toBeGreaterThanOrEqual(src.y + src.height - 1);
  expect((await pub.locator('#p4 .pn').boundingBox())!.width).toBeLessThan(24);
  expect(src.width).toBeGreaterThan(300);
  await pub.screenshot({ path: shot('edition-390.png') });

  // The PDF: two columns across A4, few pages, and what it looks like.
  const pdf = await pub.request.get(`/api/v1/editions/${ed.id}/download?format=pdf`, { timeout: 120_000 });
  expect(pdf.status()).toBe(200);
  const bytes = await pdf.body();
  const pages = bytes.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
  console.log(`PDF: ${pages} pages for 21 paragraphs`);
  expect(pages).toBeLessThanOrEqual(5);
  const file = path.join(tmpdir(), `edition-${ed.id}.pdf`);
  writeFileSync(file, bytes);
  const viewer = await reader.newPage();
  await viewer.setViewportSize({ width: 1000, height: 1300 });
  await viewer.goto(`file://${file}`);
  await viewer.waitForTimeout(2500);
  await viewer.screenshot({ path: shot('edition-pdf.png') });
  await reader.close();
});
