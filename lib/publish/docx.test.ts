// DOCX checks without Word or LibreOffice (not installed): unzip, check the WordprocessingML for
// the table, the run languages and the escaped text, and have xmllint confirm it is well-formed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleEdition } from './fixtures/edition';
import { unsafeMarkup } from './fixtures/xml-safety';
import { buildDocx } from './docx';
import { hasXmllint } from '../testing/tools';

const dir = mkdtempSync(path.join(tmpdir(), 'docx-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const xmllint = hasXmllint('docx.test.ts');

describe('buildDocx', () => {
  it('writes a two-column English | Korean table with language-tagged runs', async () => {
    const zip = await JSZip.loadAsync(await buildDocx(sampleEdition()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    const rows = xml.match(/<w:tr>|<w:tr /g)!;
    expect(rows.length).toBe(1 + 4); // header + body segments (the title segment is the title)
    const firstRow = xml.slice(xml.indexOf('<w:tr'), xml.indexOf('</w:tr>'));
    expect(firstRow.match(/<w:tc>/g)).toHaveLength(2);
    expect(xml).toContain('<w:lang w:val="en-US"/>');
    expect(xml).toContain('<w:lang w:val="ko-KR" w:eastAsia="ko-KR"/>');
    expect(xml).toContain('부장은 서울을 비난했다');
    expect(xml).not.toContain('javascript:');
  });

  it('keeps XSS payloads as escaped text', async () => {
    const zip = await JSZip.loadAsync(await buildDocx(sampleEdition()));
    for (const name of ['word/document.xml', 'docProps/core.xml']) {
      const xml = await zip.file(name)!.async('string');
      expect(unsafeMarkup(xml), name).toEqual([]);
    }
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(xml).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
  });

  it.skipIf(!xmllint)('every XML part is well-formed (xmllint)', async () => {
    const zip = await JSZip.loadAsync(await buildDocx(sampleEdition()));
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      const file = path.join(dir, name.replace(/\//g, '_'));
      writeFileSync(file, await zip.file(name)!.async('string'));
      expect(() => execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' }), name).not.toThrow();
    }
  });
});
