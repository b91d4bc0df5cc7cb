import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleEdition } from './fixtures/edition';
import { unsafeMarkup } from './fixtures/xml-safety';
import { buildEpub, editionUuid } from './epub';
import { epubcheckCommand, hasXmllint } from '../testing/tools';

const dir = mkdtempSync(path.join(tmpdir(), 'epub-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EPUBCHECK = epubcheckCommand('epub.test.ts');
const hasEpubcheck = EPUBCHECK !== null;
const xmllint = hasXmllint('epub.test.ts');

describe('buildEpub', () => {
  it('puts an uncompressed mimetype first', async () => {
    const bytes = await buildEpub(sampleEdition());
    expect(Buffer.from(bytes.subarray(0, 4)).toString('latin1')).toBe('PK\u0003\u0004');
    expect(Buffer.from(bytes.subarray(30, 38)).toString('latin1')).toBe('mimetype');
    expect(Buffer.from(bytes.subarray(38, 58)).toString('latin1')).toBe('application/epub+zip');
    expect(bytes[8]).toBe(0); // compression method: stored
  });

  it('interleaves language-tagged paragraphs and tags names', async () => {
    const zip = await JSZip.loadAsync(await buildEpub(sampleEdition()));
    const text = await zip.file('EPUB/text-001.xhtml')!.async('string');
    expect(text).toContain('<div class="src" lang="en" xml:lang="en">');
    expect(text).toContain('<div class="trg" lang="ko" xml:lang="ko">');
    expect(text).toContain('<span id="nm-1" class="name" lang="ko" xml:lang="ko" title="Kwon Jong-gun" tabindex="0">권정</span>'); // first mention: the index links here
    expect(text).toContain('<span lang="ko" xml:lang="ko">권정근</span>'); // Hangul in English text
    expect(text).toMatch(/id="p2"[\s\S]*id="p4"/);
    const opf = await zip.file('EPUB/package.opf')!.async('string');
    expect(opf).toContain('<dc:language>en</dc:language>\n<dc:language>ko</dc:language>');
    expect(opf).toContain(`urn:uuid:${editionUuid('ed1', 2)}`);
    expect(opf).toMatch(/property="role" scheme="marc:relators">trl</);
  });

  it('escapes XSS payloads everywhere: no script, img or svg element, no event handler attribute', async () => {
    const zip = await JSZip.loadAsync(await buildEpub(sampleEdition()));
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xhtml') || n.endsWith('.opf'))) {
      const xml = await zip.file(name)!.async('string');
      expect(unsafeMarkup(xml), name).toEqual([]);
    }
    const text = await zip.file('EPUB/text-001.xhtml')!.async('string');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
  });

  it.skipIf(!xmllint)('writes well-formed XHTML and OPF (xmllint)', async () => {
    const zip = await JSZip.loadAsync(await buildEpub(sampleEdition()));
    for (const name of Object.keys(zip.files).filter((n) => /\.(xhtml|opf|xml)$/.test(n))) {
      const file = path.join(dir, name.replace(/\//g, '_'));
      writeFileSync(file, await zip.file(name)!.async('string'));
      expect(() => execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' }), name).not.toThrow();
    }
  });

  it.skipIf(!hasEpubcheck)(
    'passes epubcheck with no errors and no warnings',
    async () => {
      for (const [label, ed] of [
        ['sample', sampleEdition()],
        [
          'no names, no override, plain title',
          sampleEdition({ names: [], overrideReason: null, titleSegment: null, title: { source: 'Plain', target: 'Plain' } }),
        ],
        [
          "subtitle, editor's note (two paragraphs, Korean), index of names",
          sampleEdition({
            subtitle: { source: 'A subtitle', target: '부제' },
            editorNote: '편집자가 쓴 첫 문단.\n\nA second paragraph & more.',
          }),
        ],
      ] as const) {
        const file = path.join(dir, `${label.replace(/\W+/g, '-')}.epub`);
        writeFileSync(file, await buildEpub(ed));
        const r = spawnSync(EPUBCHECK![0], [...EPUBCHECK![1], file], { encoding: 'utf8' });
        const out = `${r.stdout}\n${r.stderr}`;
        expect(out, label).not.toMatch(/^(ERROR|WARNING|FATAL)/m);
        expect(r.status, `${label}: ${out}`).toBe(0);
      }
    },
    120_000,
  );
});
