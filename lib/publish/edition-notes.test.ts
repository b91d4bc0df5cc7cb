// Reader notes in the downloadable formats: EPUB 3 footnotes (epubcheck clean), Word footnotes in
// DOCX, Markdown footnotes; numbered in reading order (lib/publish/notes.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { unsafeMarkup } from './fixtures/xml-safety';
import { notedEdition } from './fixtures/notes';
import { buildDocx } from './docx';
import { exportEditionMarkdown } from './edition-markdown';
import { buildEpub } from './epub';
import { epubcheckCommand } from '../testing/tools';

const dir = mkdtempSync(path.join(tmpdir(), 'notes-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EPUBCHECK = epubcheckCommand('edition-notes.test.ts');

describe('EPUB footnotes', () => {
  it('links each noteref to an aside epub:type="footnote" in the same file, numbered in reading order', async () => {
    const zip = await JSZip.loadAsync(await buildEpub(notedEdition()));
    const text = await zip.file('EPUB/text-001.xhtml')!.async('string');
    expect(text).toContain('lashed out<sup><a class="noteref" epub:type="noteref" role="doc-noteref" id="fnref1" href="#fn1">1</a></sup>');
    expect(text).toMatch(/서울<sup><a class="noteref" epub:type="noteref" role="doc-noteref" id="fnref3" href="#fn3">3<\/a><\/sup>/);
    expect(text).toContain(
      '<aside epub:type="footnote" role="doc-footnote" id="fn1" class="footnote"><p lang="en" xml:lang="en"><a href="#fnref1">1</a> An idiom: attacked in words.</p></aside>',
    );
    expect(text).toMatch(/id="p2"[^]*id="fn1"[^]*id="fn2"[^]*id="fn3"[^]*id="p4"[^]*id="fn4"/);
    expect(unsafeMarkup(text)).toEqual([]);
    expect(text).toContain('Fourth &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it.skipIf(!EPUBCHECK)(
    'passes epubcheck with no errors and no warnings',
    async () => {
      const file = path.join(dir, 'notes.epub');
      writeFileSync(file, await buildEpub(notedEdition()));
      const r = spawnSync(EPUBCHECK![0], [...EPUBCHECK![1], file], { encoding: 'utf8' });
      const out = `${r.stdout}\n${r.stderr}`;
      expect(out).not.toMatch(/^(ERROR|WARNING|FATAL)/m);
      expect(r.status, out).toBe(0);
    },
    120_000,
  );
});

describe('DOCX footnotes', () => {
  it('writes word/footnotes.xml with each note, referenced after its words', async () => {
    const zip = await JSZip.loadAsync(await buildDocx(notedEdition()));
    const footnotes = await zip.file('word/footnotes.xml')?.async('string');
    expect(footnotes).toBeDefined();
    const texts = [...footnotes!.matchAll(/<w:footnote [^>]*w:id="(\d+)"[^>]*>([^]*?)<\/w:footnote>/g)]
      .filter((m) => Number(m[1]) > 0)
      .map((m) => [...m[2]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    expect(texts).toEqual([
      'An idiom: attacked in words.',
      '서울 (the capital).',
      'Seoul, the South Korean capital.',
      'Fourth &lt;script&gt;alert(1)&lt;/script&gt;',
    ]);
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(4);
    expect(body).toMatch(/lashed out<\/w:t><\/w:r><w:r>(?:<w:rPr>[^]*?<\/w:rPr>)?<w:footnoteReference/);
  });
});

describe('Markdown footnotes', () => {
  it('puts [^n] after the noted words and the definitions at the end', () => {
    const md = exportEditionMarkdown(notedEdition(), 'bilingual');
    expect(md).toContain('lashed out[^1] at Seoul[^2].');
    expect(md).toContain('서울[^3]을');
    expect(md).toContain('Payload[^4] one');
    expect(md).toMatch(
      /\[\^1\]: An idiom: attacked in words\.\n\[\^2\]: 서울 \\\(the capital\\\)\.\n\[\^3\]: Seoul, the South Korean capital\.\n\[\^4\]: Fourth &lt;script&gt;alert\\\(1\\\)&lt;\/script&gt;\n/,
    );
    const ko = exportEditionMarkdown(notedEdition(), 'ko');
    expect(ko).toContain('서울[^1]을');
    expect(ko).toMatch(/\[\^1\]: Seoul, the South Korean capital\.\n/);
    expect(ko).not.toContain('[^2]');
  });
});
