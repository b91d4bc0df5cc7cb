// Reader notes (#21 items 1-2): the owner writes a note on a word of the fixture in the editor and
// another through the API; the published edition shows numbered markers that open popovers (mouse,
// keyboard, touch; Escape closes), a notes section with back links, footnotes under each block in
// print; the EPUB has real footnotes and passes epubcheck; the DOCX has word/footnotes.xml; the
// Markdown has [^n]. axe finds nothing serious.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { apiSignIn, DEMO } from '../support/fixtures';
import { importFixture, publish, selectWords } from './reader-setup';

function epubcheckCommand(): [string, string[]] | null {
  const works = (cmd: string, args: string[]) =>
    /EPUBCheck v/.test(spawnSync(cmd, [...args, '--version'], { encoding: 'utf8' }).stdout ?? '');
  if (works('epubcheck', [])) return ['epubcheck', []];
  for (const jar of [process.env.EPUBCHECK_JAR, '/usr/bin/epubcheck', '/usr/share/java/epubcheck.jar']) {
    if (jar && existsSync(jar) && works('java', ['-jar', jar])) return ['java', ['-jar', jar]];
  }
  return null;
}

const serious = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

const EN_NOTE = 'Relations between the two Koreas: Seoul is the South’s capital, Pyongyang the North’s.';
const KO_NOTE = '남북: 남한과 북한을 함께 이르는 말.';

test('in the editor, a note on a word of the fixture is written on a selection and listed apart from review comments', async ({ page }) => {
  test.setTimeout(120_000);
  await apiSignIn(page.request, DEMO.owner);
  const { documentId, translated } = await importFixture(page.request, 'Notes editor e2e');
  const seg = translated['The recent series of missile launches']!;

  await page.goto(`/documents/${documentId}`);
  const row = page.locator(`[data-segment-id="${seg.id}"]`);
  await row.click();
  await page.getByRole('tab', { name: /^Comments/ }).click();
  await selectWords(row.locator('[data-side="source"]'), 'Seoul-Pyongyang');
  await page.getByRole('button', { name: 'Add a note on the selection' }).click();
  const form = page.getByRole('form', { name: 'Note for readers' });
  await expect(form.getByText('Seoul-Pyongyang')).toBeVisible();
  await form.getByLabel('Note').fill(EN_NOTE);
  await form.getByRole('button', { name: 'Save note' }).click();
  const item = page.getByTestId('note-item');
  await expect(item).toHaveCount(1);
  await expect(item.getByTestId('note-text')).toHaveText(EN_NOTE);
  await expect(item).toContainText('Approved by'); // an owner's note is approved as written
  await expect(page.getByTestId('annotation-thread')).toHaveCount(0);
  const listed = await (await page.request.get(`/api/v1/segments/${seg.id}/annotations`)).json();
  expect(listed.notes).toMatchObject([{ kind: 'note', side: 'source', quote: 'Seoul-Pyongyang', comment: EN_NOTE, approved: true }]);
  expect(listed.annotations).toEqual([]);
});

test('a note on a word of the fixture: a popover on the web, footnotes in print, EPUB, DOCX and Markdown', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await apiSignIn(page.request, DEMO.owner);
  const { documentId, translated } = await importFixture(page.request, 'Notes e2e');
  const seg = translated['The recent series of missile launches']!;
  const en = seg.sourceText.indexOf('Seoul-Pyongyang');
  const first = await page.request.post(`/api/v1/segments/${seg.id}/annotations`, {
    data: { kind: 'note', side: 'source', start: en, end: en + 'Seoul-Pyongyang'.length, comment: EN_NOTE },
  });
  expect(first.status(), await first.text()).toBe(201);
  const start = seg.targetText.indexOf('남북');
  const created = await page.request.post(`/api/v1/segments/${seg.id}/annotations`, {
    data: { kind: 'note', side: 'target', start, end: start + 2, comment: KO_NOTE },
  });
  expect(created.status(), await created.text()).toBe(201);
  const edition = await publish(page.request, documentId);

  // The reader (signed out, a touch screen).
  const reader = await browser.newContext({ hasTouch: true });
  const pub = await reader.newPage();
  expect((await pub.goto(`/e/${edition.slug}`))?.status()).toBe(200);
  const m1 = pub.locator('#noteref-1');
  const m2 = pub.locator('#noteref-2');
  await expect(m1).toHaveText('1');
  // The marker sits right after the noted words.
  expect(
    await pub.evaluate(() =>
      document.querySelector('#noteref-1')!.parentElement!.previousSibling?.textContent?.endsWith('Seoul-Pyongyang'),
    ),
  ).toBe(true);
  const pop1 = pub.locator('#note-pop-1');
  const pop2 = pub.locator('#note-pop-2');
  await expect(pop1).toBeHidden();
  await m1.click();
  await expect(pop1).toBeVisible();
  await expect(pop1).toContainText(EN_NOTE);
  await pub.keyboard.press('Escape');
  await expect(pop1).toBeHidden();
  // Keyboard.
  await m2.focus();
  await pub.keyboard.press('Enter');
  await expect(pop2).toBeVisible();
  await expect(pop2).toContainText(KO_NOTE);
  await pub.keyboard.press('Escape');
  await expect(pop2).toBeHidden();
  // Touch: a tap opens, a tap elsewhere closes.
  await m1.tap();
  await expect(pop1).toBeVisible();
  await pub.locator('h1').tap();
  await expect(pop1).toBeHidden();
  // The notes section at the end, with back links to the markers.
  const notes = pub.locator('section.ed-notes');
  await expect(notes.locator('li')).toHaveCount(2);
  await expect(notes.locator('#note-1')).toContainText(EN_NOTE);
  await expect(notes.locator('#note-1 a.note-back')).toHaveAttribute('href', '#noteref-1');
  expect(await serious(pub)).toEqual([]);
  await m1.click();
  expect(await serious(pub)).toEqual([]);
  await pub.keyboard.press('Escape');

  // Print (the PDF is this page printed by Chromium): the notes under their paragraph block.
  await pub.emulateMedia({ media: 'print' });
  const printed = pub.locator('.pair', { has: pub.locator('#noteref-1') }).locator('.pair-notes');
  await expect(printed).toBeVisible();
  await expect(printed).toContainText(EN_NOTE);
  await expect(printed).toContainText(KO_NOTE);
  await expect(notes).toBeHidden();
  await pub.emulateMedia({ media: 'screen' });

  const get = async (query: string) => {
    const res = await pub.request.get(`/api/v1/editions/${edition.id}/download?${query}`);
    expect(res.status(), query).toBe(200);
    return res.body();
  };
  // EPUB: noteref → aside footnote; epubcheck clean.
  const epub = await get('format=epub');
  const zip = await JSZip.loadAsync(epub);
  const xhtml = (
    await Promise.all(
      Object.keys(zip.files)
        .filter((n) => n.startsWith('EPUB/text-'))
        .map((n) => zip.file(n)!.async('string')),
    )
  ).join('\n');
  expect(xhtml).toMatch(
    /Seoul-Pyongyang<sup><a class="noteref" epub:type="noteref" role="doc-noteref" id="fnref1" href="#fn1">1<\/a><\/sup>/,
  );
  expect(xhtml).toContain('<aside epub:type="footnote" role="doc-footnote" id="fn1" class="footnote">');
  const check = epubcheckCommand();
  if (check) {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'notes-e2e-')), 'notes.epub');
    writeFileSync(file, epub);
    const r = spawnSync(check[0], [...check[1], file], { encoding: 'utf8' });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(out).not.toMatch(/^(ERROR|WARNING|FATAL)/m);
    expect(r.status, out).toBe(0);
  } else {
    console.warn('notes.spec.ts: epubcheck is not installed; the EPUB was not checked');
  }
  // DOCX: Word footnotes.
  const docx = await JSZip.loadAsync(await get('format=docx'));
  const footnotes = await docx.file('word/footnotes.xml')!.async('string');
  expect(footnotes).toContain('Relations between the two Koreas');
  expect(footnotes).toContain('남한과 북한을 함께 이르는 말');
  expect((await docx.file('word/document.xml')!.async('string')).match(/<w:footnoteReference /g)).toHaveLength(2);
  // Markdown: [^n].
  const md = (await get('format=md&variant=bilingual')).toString('utf8');
  expect(md).toContain('Seoul-Pyongyang[^1]');
  expect(md).toContain('남북[^2]');
  expect(md).toMatch(/^\[\^1\]: Relations between the two Koreas/m);
  const ko = (await get('format=md&variant=ko')).toString('utf8');
  expect(ko).toContain('남북[^1]');
  expect(ko).not.toContain('[^2]');
  await reader.close();
});

test('without includeNotes the edition has no notes', async ({ page }) => {
  await apiSignIn(page.request, DEMO.owner);
  const { documentId, translated } = await importFixture(page.request, 'Notes off e2e');
  const seg = translated['The recent series of missile launches']!;
  const start = seg.targetText.indexOf('남북');
  expect(
    (
      await page.request.post(`/api/v1/segments/${seg.id}/annotations`, {
        data: { kind: 'note', side: 'target', start, end: start + 2, comment: KO_NOTE },
      })
    ).status(),
  ).toBe(201);
  const edition = await publish(page.request, documentId, { includeNotes: false });
  await page.goto(`/e/${edition.slug}`);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.noteref')).toHaveCount(0);
  await expect(page.locator('.ed-notes')).toHaveCount(0);
});
