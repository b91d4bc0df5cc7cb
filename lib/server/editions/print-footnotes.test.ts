// Issue #21 item 2 (PDF): reader notes print as footnotes at the foot of the page where their marker
// is; and #20 item 5: a long edition printed in parts joins into the same book (same pages, the
// folio running on, every note on its marker's page). Read back from the PDF itself (pdf-text.ts).
// Skipped, visibly, when no Chromium is available.
import { afterEach, describe, expect, it } from 'vitest';
import { textToDoc } from '@/lib/editor/doc';
import { sampleEdition } from '@/lib/publish/fixtures/edition';
import { noteOn } from '@/lib/publish/fixtures/notes';
import type { EditionView } from '@/lib/publish/snapshot';
import { pdfPagesText, type PdfPageText } from '@/lib/testing/pdf-text';
import { hasChromium } from '../../testing/tools';
import { chromiumPath, printEditionPdf } from './print-pdf';

const chromium = hasChromium(chromiumPath(), 'print-footnotes.test.ts');

/** 60 paragraphs, each with words found nowhere else (`para17`), several to a page. */
function bookEdition(): EditionView {
  const base = sampleEdition({ overrideReason: null, names: [] });
  const segments = Array.from({ length: 60 }, (_, i) => {
    const n = i + 1;
    return {
      n,
      segment: n,
      kind: 'paragraph' as const,
      level: null,
      source: textToDoc(
        `In para${n} the harbour committee met again at dawn and spoke about the tides, the cranes and the long road north to the border towns.`,
      ),
      target: textToDoc(
        `문단${n}에서 항만 위원회는 새벽에 다시 모여 조수와 크레인, 그리고 국경 마을로 이어지는 북쪽의 긴 길에 대해 이야기했다.`,
      ),
      state: 'APPROVED' as const,
    };
  });
  const ed: EditionView = { ...base, titleSegment: null, subtitleSegment: null, segments };
  ed.notes = [
    noteOn(ed, 3, 'source', 'harbour committee', 'Notethree: the harbour board of the port city.'),
    noteOn(ed, 29, 'target', '항만 위원회', '주석이십구: 항구 도시의 항만 관리 위원회.'),
    noteOn(ed, 29, 'source', 'cranes', 'Notetwentynine: the gantry cranes of the container terminal.'),
    noteOn(ed, 57, 'source', 'border towns', 'Notefiftyseven: the towns along the northern border.'),
  ];
  return ed;
}

const NOTES = [
  { n: 3, text: 'Notethree' },
  { n: 29, text: '주석이십구' },
  { n: 29, text: 'Notetwentynine' },
  { n: 57, text: 'Notefiftyseven' },
];

const pageOf = (pages: PdfPageText[], needle: string) =>
  pages.map((p, i) => (p.lines.some((l) => l.text.includes(needle)) ? i : -1)).filter((i) => i >= 0);

/** Every note: on exactly one page, the page of its paragraph (its marker), below all the text but other notes and the folio. */
function expectFootnotes(pages: PdfPageText[]) {
  for (const note of NOTES) {
    const where = pageOf(pages, note.text);
    expect(where, note.text).toHaveLength(1);
    expect(pageOf(pages, `In para${note.n} the`), `paragraph ${note.n}`).toEqual(where);
    const page = pages[where[0]!]!;
    const y = page.lines.find((l) => l.text.includes(note.text))!.y;
    expect(y, `${note.text} in the lower part of the page`).toBeGreaterThan(page.height * 0.55);
    const below = page.lines.filter((l) => l.y > y);
    for (const l of below) expect(l.text, `under ${note.text}`).toMatch(/^(\d+$|\d+ ?(Note|주석))/);
    // The marker: the note's number as a superscript in the paragraph, above the note.
    const num = /^(\d+)/.exec(page.lines.find((l) => l.text.includes(note.text))!.text)![1]!;
    expect(page.lines.some((l) => l.y < y - 20 && new RegExp(`(^|\\D)${num}(\\D|$)`).test(l.text))).toBe(true);
  }
}

afterEach(() => {
  delete process.env.PDF_PART_PARAGRAPHS;
});

describe.skipIf(!chromium)('footnotes in the PDF', () => {
  it('prints each note at the foot of the page of its marker, numbered in reading order, once', async () => {
    const pages = await pdfPagesText(await printEditionPdf(bookEdition()));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expectFootnotes(pages);
    // Numbers in reading order: paragraph 29's English note (1 per side, English first) before its Korean one.
    const numbered = (text: string) => pages.flatMap((p) => p.lines).find((l) => l.text.includes(text))!.text;
    expect(numbered('Notethree')).toMatch(/^1 ?Notethree/);
    expect(numbered('Notetwentynine')).toMatch(/^2 ?Notetwentynine/);
    expect(numbered('주석이십구')).toMatch(/^3 ?주석이십구/);
    expect(numbered('Notefiftyseven')).toMatch(/^4 ?Notefiftyseven/);
  }, 180_000);

  it('prints a long edition in parts that join into the same pages, folio running on', async () => {
    const whole = await pdfPagesText(await printEditionPdf(bookEdition()));
    process.env.PDF_PART_PARAGRAPHS = '14';
    const parts = await pdfPagesText(await printEditionPdf(bookEdition()));
    expect(parts.length).toBe(whole.length);
    const firstPara = (p: PdfPageText) => /In para(\d+) the/.exec(p.lines.map((l) => l.text).join('\n'))?.[1];
    expect(parts.map(firstPara)).toEqual(whole.map(firstPara));
    for (let i = 0; i < parts.length; i += 1) {
      // Each paragraph printed once, on the same page as in one render.
      const paras = (p: PdfPageText) =>
        [
          ...p.lines
            .map((l) => l.text)
            .join('\n')
            .matchAll(/In para(\d+) the/g),
        ].map((m) => m[1]);
      expect(paras(parts[i]!), `page ${i + 1}`).toEqual(paras(whole[i]!));
      expect(parts[i]!.lines.at(-1)!.text, 'folio').toBe(String(i + 1));
    }
    expectFootnotes(parts);
    // The running head from the second page on: English title left, Korean title and version right.
    expect(parts[0]!.lines[0]!.text).not.toContain('v2');
    expect(parts[1]!.lines[0]!.text).toContain('Test the Waters');
    expect(parts.at(-1)!.lines[0]!.text).toMatch(/v2$/);
  }, 300_000);
});
