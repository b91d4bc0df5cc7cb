import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InlineNode } from '../editor/doc';
import { utf8 } from './fixtures/import/helpers';
import { importDocument } from './import';
import { exportXliff2, type XliffExportDocument } from './xliff';
import { hasXmllint } from '../testing/tools';

const root = path.join(__dirname, '../..');
const schema = path.join(root, 'scripts/schemas/xliff-2.0/xliff_core_2.0.xsd');
const xmllintRuns = hasXmllint('xliff.test.ts');
const fixture = readFileSync(path.join(root, 'e2e/fixtures/korean-peninsula-a-to-z.en.txt'), 'utf8');

const rich: InlineNode[] = [
  { type: 'text', text: 'North Korea’s ' },
  { type: 'text', text: 'foreign', marks: [{ type: 'bold' }] },
  { type: 'text', text: ' ministry', marks: [{ type: 'bold' }, { type: 'italic' }] },
  { type: 'text', text: ' said ' },
  { type: 'text', text: 'here', marks: [{ type: 'italic' }, { type: 'link', attrs: { href: 'https://example.com/?a=1&b=2,3' } }] },
  { type: 'hardBreak' },
  { type: 'text', text: 'and <script>alert("x")</script> & ]]> stays text\u00a0too.' },
];

const doc: XliffExportDocument = {
  id: 'doc_1',
  title: 'Korean Peninsula A to Z — “Today” & <Tomorrow>',
  sourceLang: 'en',
  targetLang: 'ko',
  segments: [
    {
      id: 'seg-1',
      source: rich,
      target: [
        { type: 'text', text: '북한 ' },
        { type: 'text', text: '외무성', marks: [{ type: 'bold' }] },
      ],
      state: 'APPROVED',
    },
    { id: 'seg-2', source: 'Plain “quoted” text', target: '따옴표 “텍스트”', state: 'TRANSLATED' },
    { id: 'seg-3', source: 'Draft one', target: '초안', state: 'DRAFT' },
    { id: 'seg-4', source: 'Rejected one', target: '반려', state: 'REJECTED' },
    { id: 'seg 5/odd"id', source: 'Not translated yet', state: 'EMPTY' },
    {
      id: 'seg-6',
      source: 'Unsafe <a>',
      target: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
      state: 'TRANSLATED',
    },
  ],
};

function xmllint(xml: string): { status: number | null; stderr: string } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'xliff-')), 'out.xlf');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

describe('exportXliff2', () => {
  it('writes XLIFF 2.0 with states, pc marks and escaped text', () => {
    const xml = exportXliff2(doc);
    expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"');
    expect(xml).toContain('<segment state="final">');
    expect(xml).toContain('<segment state="initial" subState="bw:draft">');
    expect(xml).toContain('<segment state="translated" subState="bw:rejected">');
    expect(xml).toContain('<pc id="1" type="fmt" subType="xlf:b">foreign<pc id="2" type="fmt" subType="xlf:i"> ministry</pc></pc>');
    expect(xml).toContain('fs:subFs="href,https://example.com/?a=1&amp;b=2\\,3"');
    expect(xml).toContain('and &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt; stays text\u00a0too.');
    expect(xml).toContain('name="seg 5/odd&quot;id"><segment state="initial"><source>Not translated yet</source></segment>');
    expect(xml).not.toContain('javascript:');
  });

  it.skipIf(!xmllintRuns)('validates against the OASIS XLIFF 2.0 schema (xmllint)', () => {
    const result = xmllint(exportXliff2(doc));
    expect(result.stderr).toMatch(/validates/);
    expect(result.status).toBe(0);
    const big = exportXliff2({
      ...doc,
      segments: fixture
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p, i) => ({ id: `s${i}`, source: p.trim(), target: `번역 ${i}`, state: 'TRANSLATED' })),
    });
    expect(xmllint(big).status).toBe(0);
  });

  it('round-trips through the XLIFF import: same segments, marks and targets', async () => {
    const back = await importDocument({ bytes: utf8(exportXliff2(doc)), filename: 'export.xlf' });
    expect(back).toMatchObject({ format: 'xliff', sourceLang: 'en', targetLang: 'ko', title: doc.title });
    expect(back.segments).toHaveLength(doc.segments.length);
    expect(back.segments[0]!.content).toEqual(rich);
    expect(back.segments[0]!.target!.content).toEqual(doc.segments[0]!.target);
    expect(back.segments.map((s) => [s.text, s.target?.text])).toEqual([
      ['North Korea’s foreign ministry said here\nand <script>alert("x")</script> & ]]> stays text\u00a0too.', '북한 외무성'],
      ['Plain “quoted” text', '따옴표 “텍스트”'],
      ['Draft one', '초안'],
      ['Rejected one', '반려'],
      ['Not translated yet', undefined],
      ['Unsafe <a>', 'x'],
    ]);
    expect(back.segments[5]!.target!.content).toEqual([{ type: 'text', text: 'x' }]);
    expect(back.segments.map((s) => s.externalId)).toEqual(doc.segments.map((s) => s.id));
  });

  it('round-trips the radio script', async () => {
    const paras = (await importDocument({ bytes: utf8(fixture), filename: 'a.txt' })).segments;
    const xml = exportXliff2({ ...doc, segments: paras.map((p, i) => ({ id: `s${i}`, source: p.content, state: 'EMPTY' })) });
    const back = await importDocument({ bytes: utf8(xml), format: 'xliff' });
    expect(back.segments.map((s) => s.text)).toEqual(paras.map((p) => p.text));
  });

  it('strips characters XML cannot carry and refuses bad language tags', () => {
    const xml = exportXliff2({ ...doc, segments: [{ id: 'a', source: 'bell\u0007 here', state: 'EMPTY' }] });
    expect(xml).toContain('<source>bell here</source>');
    expect(() => exportXliff2({ ...doc, sourceLang: 'en"><x' })).toThrow(/not a language tag/);
  });
});
