import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import * as documentsRoute from '@/app/api/v1/projects/[id]/documents/route';
import { buildDocx, seededBytes } from '../../formats/fixtures/import/helpers';
import { db } from '../db/client';
import { useTestDatabase } from '../testing/db';
import { seedProject, type SeededProject } from '../testing/factories';
import { call } from '../testing/request';

useTestDatabase();

const root = process.cwd();
const fixture = readFileSync(path.join(root, 'e2e/fixtures/korean-peninsula-a-to-z.en.txt'));

function upload(p: SeededProject, bytes: Uint8Array, filename: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), filename);
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return call(documentsRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/documents`, {
    token: p.users.OWNER.token,
    params: { id: p.projectId },
    rawBody: form,
  });
}

async function counts(projectId: string) {
  const documents = await db.document.count({ where: { projectId } });
  const segments = await db.segment.count({ where: { document: { projectId } } });
  const terms = await db.term.count({ where: { projectId } });
  return { documents, segments, terms };
}

describe('document import', () => {
  it('imports the fixture as 21 segments, proposes Kwon Jong-gun → 권정근 and the Korean names written without Hangul', async () => {
    const p = await seedProject();
    const res = await upload(p, fixture, 'korean-peninsula-a-to-z.en.txt');
    expect(res.status).toBe(201);
    expect(res.json.segmentCount).toBe(21);
    expect(res.json.title).toBe('Korean Peninsula A to Z'); // the file's first line, not its name (#17 item 6)
    expect(res.json.detectedNames).toEqual([
      expect.objectContaining({ source: 'Kwon Jong-gun', target: '권정근', status: 'PROPOSED', isNew: true, occurrences: 1 }),
      // Without Hangul (#16): people get candidates and no target; gazetteer places their form.
      expect.objectContaining({ source: 'Oh Gyeong-seop', target: '', status: 'PROPOSED', isNew: true }),
      expect.objectContaining({ source: 'Kim Jong-un', target: '', status: 'PROPOSED', isNew: true }),
      expect.objectContaining({ source: 'Gaeseong', target: '개성', status: 'PROPOSED', isNew: true }),
      expect.objectContaining({ source: 'Panmunjom', target: '판문점', status: 'PROPOSED', isNew: true }),
    ]);
    const segments = await db.segment.findMany({ where: { documentId: res.json.id }, orderBy: { position: 'asc' } });
    expect(segments.some((s) => /[\s\u00a0]$/.test(s.sourceText))).toBe(false);
    expect(segments.map((s) => s.sourceText).join('\n')).toContain('“new path,”');
    const terms = await db.term.findMany({ where: { projectId: p.projectId } });
    expect(terms.filter((t) => t.source === 'Kwon Jong-gun').map((t) => [t.kind, t.source, t.target, t.status])).toEqual([
      ['NAME', 'Kwon Jong-gun', '권정근', 'PROPOSED'],
    ]);
    expect(terms).toHaveLength(5);

    // Importing again reuses the term instead of proposing it twice.
    const again = await call(documentsRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/documents`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      body: { title: 'Again', content: fixture.toString('utf8') },
    });
    expect(again.status).toBe(201);
    expect(again.json.detectedNames.every((n: { isNew: boolean }) => !n.isNew)).toBe(true);
    expect(await db.term.count({ where: { projectId: p.projectId } })).toBe(5);
  });

  it('keeps headings, list items and marks from Markdown and a .docx (JSON base64 too)', async () => {
    const p = await seedProject();
    const md = await call(documentsRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/documents`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      body: {
        title: 'MD',
        format: 'markdown',
        content: '# Title\n\nSome **bold** and *italic* and [a link](https://example.org).\n\n- first item\n- second item\n',
      },
    });
    expect(md.status).toBe(201);
    const segs = await db.segment.findMany({ where: { documentId: md.json.id }, orderBy: { position: 'asc' } });
    expect(segs.map((s) => [s.kind, s.level])).toEqual([
      ['heading', 1],
      ['paragraph', null],
      ['listItem', 1],
      ['listItem', 1],
    ]);
    expect(JSON.parse(segs[1]!.source).content[0].content.flatMap((n: any) => n.marks?.map((m: any) => m.type) ?? [])).toEqual([
      'bold',
      'italic',
      'link',
    ]);

    const docx = await buildDocx();
    const viaJson = await call(documentsRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/documents`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      body: { title: 'Word', format: 'docx', content: Buffer.from(docx).toString('base64') },
    });
    expect(viaJson.status).toBe(201);
    const d = await db.segment.findMany({ where: { documentId: viaJson.json.id }, orderBy: { position: 'asc' } });
    expect(d[0]).toMatchObject({ kind: 'heading', level: 1, sourceText: 'Korean Peninsula A to Z' });
  });

  it('turns XLIFF targets into DRAFT translations with origin ALIGNED and a revision', async () => {
    const p = await seedProject();
    const xliff = readFileSync(path.join(root, 'lib/formats/fixtures/import/xliff-2.0.xlf'));
    const res = await upload(p, xliff, 'script.xlf');
    expect(res.status).toBe(201);
    const segs = await db.segment.findMany({ where: { documentId: res.json.id }, orderBy: { position: 'asc' } });
    const first = segs[0]!;
    expect(first).toMatchObject({ state: 'DRAFT', origin: 'ALIGNED', version: 2 });
    expect(first.targetText).toContain('유엔 세계식량계획은');
    expect(await db.segmentRevision.count({ where: { segmentId: first.id, action: 'import' } })).toBe(1);
    expect(segs.some((s) => s.state === 'EMPTY')).toBe(true);
  });

  it('refuses bad files with a clear error and stores nothing', async () => {
    const p = await seedProject();
    const before = await counts(p.projectId);

    const random = await upload(p, seededBytes(4096, 7), 'notes.txt');
    expect([400, 415]).toContain(random.status);
    expect(random.json.error.message).toMatch(/binary|UTF-8|not valid/i);

    const huge = await upload(p, new Uint8Array(11 * 1024 * 1024).fill(0x61), 'huge.txt');
    expect(huge.status).toBe(413);

    const bomb = new JSZip();
    bomb.file('[Content_Types].xml', '<Types/>');
    bomb.file('word/document.xml', new Uint8Array(80 * 1024 * 1024));
    const bombBytes = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    const bombed = await upload(p, bombBytes, 'bomb.docx');
    expect([400, 413]).toContain(bombed.status);
    expect(bombed.json.error.message).toMatch(/zip bomb|unpack/i);

    const xliff = readFileSync(path.join(root, 'lib/formats/fixtures/import/xliff-2.0.xlf'), 'utf8');
    const truncated = await upload(p, new TextEncoder().encode(xliff.slice(0, Math.floor(xliff.length / 2))), 'cut.xlf');
    expect(truncated.status).toBe(400);
    expect(truncated.json.error.message).toMatch(/not well-formed/);

    const empty = await upload(p, new Uint8Array(0), 'empty.txt');
    expect(empty.status).toBe(400);

    const pdf = await upload(p, new TextEncoder().encode('%PDF-1.4'), 'paper.pdf');
    expect(pdf.status).toBe(415);

    expect(await counts(p.projectId)).toEqual(before);
  });

  it('imports HTML with scripts and event handlers as harmless text', async () => {
    const p = await seedProject();
    const html =
      '<html><body><h1>Title</h1><script>alert(1)</script><p onclick="alert(2)">Hello <img src=x onerror=alert(3)>world &lt;script&gt;</p></body></html>';
    const res = await upload(p, new TextEncoder().encode(html), 'page.html');
    expect(res.status).toBe(201);
    const segs = await db.segment.findMany({ where: { documentId: res.json.id }, orderBy: { position: 'asc' } });
    expect(segs.map((s) => s.sourceText)).toEqual(['Title', 'Hello world <script>']);
    const json = segs.map((s) => s.source).join('');
    expect(json).not.toMatch(/alert|onerror|onclick/);
  });

  it('lets only owners import', async () => {
    const p = await seedProject();
    const res = await call(documentsRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/documents`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.projectId },
      body: { title: 'x', content: 'y' },
    });
    expect(res.status).toBe(403);
  });
});
