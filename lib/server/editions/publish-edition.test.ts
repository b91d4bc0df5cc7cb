import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as editionsRoute from '@/app/api/v1/documents/[id]/editions/route';
import * as editionRoute from '@/app/api/v1/editions/[id]/route';
import * as downloadRoute from '@/app/api/v1/editions/[id]/download/route';
import * as segmentRoute from '@/app/api/v1/segments/[id]/route';
import { docToText } from '@/lib/editor/doc';
import { importDocument } from '@/lib/formats/import/index';
import { XSS } from '@/lib/publish/fixtures/edition';
import { unsafeMarkup } from '@/lib/publish/fixtures/xml-safety';
import { renderEditionArticle } from '@/lib/publish/render';
import { createDocument } from '../documents/create-document';
import { db } from '../db/client';
import { useTestDatabase } from '../testing/db';
import { seedProject, type SeededProject } from '../testing/factories';
import { call } from '../testing/request';
import { getPublicEdition, listPublicVersions } from './get-edition';
import { hasXmllint } from '../../testing/tools';

useTestDatabase();

const tmp = mkdtempSync(path.join(tmpdir(), 'publish-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const xmllint = hasXmllint('publish-edition.test.ts');

const CONTENT = 'Kwon Jong-gun(권정근) spoke.\n\nSecond paragraph.\n\nThird paragraph.';

async function segmentsOf(documentId: string) {
  return db.segment.findMany({ where: { documentId }, orderBy: { position: 'asc' } });
}

async function patch(token: string, id: string, body: unknown) {
  const res = await call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${id}`, { token, params: { id }, body });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json;
}

/** The translator translates every segment, the reviewer revises it, the owner approves it. */
async function translateAndApprove(p: SeededProject, documentId: string, targets: (i: number) => string, qaOverrideReason?: string) {
  for (const [i, s] of (await segmentsOf(documentId)).entries()) {
    const saved = await patch(p.users.TRANSLATOR.token, s.id, { target: `${targets(i)} `, state: 'TRANSLATED', version: s.version });
    const revised = await patch(p.users.REVIEWER.token, s.id, { target: targets(i), state: 'TRANSLATED', version: saved.version });
    await patch(p.users.OWNER.token, s.id, {
      target: targets(i),
      state: 'APPROVED',
      version: revised.version,
      ...(qaOverrideReason ? { qaOverrideReason } : {}),
    });
  }
}

async function publish(p: SeededProject, documentId: string, body: unknown = {}, token = p.users.OWNER.token) {
  return call(editionsRoute.POST, 'POST', `/api/v1/documents/${documentId}/editions`, { token, params: { id: documentId }, body });
}

async function download(id: string, format: string, opts: { token?: string; variant?: string } = {}) {
  const url = new URL(`http://localhost:3000/api/v1/editions/${id}/download`);
  url.searchParams.set('format', format);
  if (opts.variant) url.searchParams.set('variant', opts.variant);
  const headers = new Headers({ host: 'localhost:3000' });
  if (opts.token) headers.set('authorization', `Bearer ${opts.token}`);
  const res = await downloadRoute.GET(new Request(url, { headers }), { params: Promise.resolve({ id }) });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

describe('publishing an edition', () => {
  let p: SeededProject;
  beforeAll(async () => {
    p = await seedProject(CONTENT);
    await db.term.create({
      data: { projectId: p.projectId, source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME', status: 'CONFIRMED' },
    });
  });

  it('refuses with 409 and the blocking segments (numbers and states) while not all are approved', async () => {
    const [first] = await segmentsOf(p.documentId);
    await patch(p.users.TRANSLATOR.token, first!.id, { target: '초안', version: first!.version });
    const res = await publish(p, p.documentId);
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe('conflict');
    expect(res.json.error.blocking).toEqual([
      { segment: 1, state: 'DRAFT', text: 'Kwon Jong-gun(권정근) spoke.' },
      { segment: 2, state: 'EMPTY', text: 'Second paragraph.' },
      { segment: 3, state: 'EMPTY', text: 'Third paragraph.' },
    ]);
    expect(res.json.error.message).toMatch(/overrideReason/);
    const list = await call(editionsRoute.GET, 'GET', `/api/v1/documents/${p.documentId}/editions`, {
      token: p.users.OWNER.token,
      params: { id: p.documentId },
    });
    expect(list.json.blocking.map((b: { segment: number }) => b.segment)).toEqual([1, 2, 3]);
    expect(list.json.editions).toEqual([]);
  });

  it('publishes with an override reason, which the project keeps and the edition never shows', async () => {
    const res = await publish(p, p.documentId, { overrideReason: 'Breaking news, review follows' });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      version: 1,
      slug: 'test-document',
      url: '/e/test-document/v/1',
      overrideReason: 'Breaking news, review follows',
    });
    const ed = (await getPublicEdition('test-document'))!;
    expect(ed.overrideReason).toBeUndefined();
    expect(JSON.stringify(ed)).not.toContain('Breaking news');
    expect(renderEditionArticle(ed)).not.toContain('Breaking news');
    for (const format of ['md', 'epub', 'docx']) {
      const r = await download(res.json.id, format);
      const texts =
        format === 'md'
          ? [new TextDecoder().decode(r.bytes)]
          : await Promise.all(
              Object.values((await JSZip.loadAsync(r.bytes)).files)
                .filter((f) => /\.(xhtml|xml|opf)$/.test(f.name))
                .map((f) => f.async('string')),
            );
      expect(texts.join('\n'), format).not.toMatch(/Breaking news|번역 없음|not translated/);
    }
    expect(ed.segments[1]!.target).toBeNull();
    const list = await call(editionsRoute.GET, 'GET', `/api/v1/documents/${p.documentId}/editions`, {
      token: p.users.OWNER.token,
      params: { id: p.documentId },
    });
    expect(list.json.editions[0].overrideReason).toBe('Breaking news, review follows');
  });

  it('publishes version 2 once everything is approved: snapshot of source, target, names and credits', async () => {
    await translateAndApprove(p, p.documentId, (i) => (i === 0 ? '권정근이 말했다.' : `문단 ${i + 1}.`));
    const res = await publish(p, p.documentId);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toMatchObject({ version: 2, slug: 'test-document', url: '/e/test-document/v/2', overrideReason: null });
    const ed = (await getPublicEdition('test-document'))!;
    expect(ed.version).toBe(2);
    expect(ed.segments.map((s) => docToText(s.target!))).toEqual(['권정근이 말했다.', '문단 2.', '문단 3.']);
    expect(ed.names).toEqual([{ source: 'Kwon Jong-gun', target: '권정근' }]);
    expect(ed.credits.translators).toEqual([p.users.TRANSLATOR.name]);
    expect(ed.credits.reviewers).toEqual([p.users.REVIEWER.name, p.users.OWNER.name]);
    expect(ed.title).toEqual({ source: 'Test document', target: 'Test document' });
    expect(renderEditionArticle(ed)).toContain('<span id="nm-1" class="name" lang="ko" title="Kwon Jong-gun" tabindex="0">권정근</span>'); // the first mention: the index of names links here
    // The older version stays readable.
    expect((await getPublicEdition('test-document', 1))!.version).toBe(1);
  });

  it('keeps editions immutable: later corrections change nothing until the next publish', async () => {
    const [first] = await segmentsOf(p.documentId);
    await patch(p.users.OWNER.token, first!.id, { target: '고친 문장.', state: 'APPROVED', version: first!.version });
    expect(docToText((await getPublicEdition('test-document', 2))!.segments[0]!.target!)).toBe('권정근이 말했다.');
    const res = await publish(p, p.documentId);
    expect(res.json.version).toBe(3);
    expect(docToText((await getPublicEdition('test-document'))!.segments[0]!.target!)).toBe('고친 문장.');
  });

  it('gives another document with the same title its own slug', async () => {
    const other = await createDocument(p.users.OWNER, p.projectId, { title: 'Test document', content: 'Only.', format: 'text' });
    const res = await publish(p, other.id, { overrideReason: 'Not reviewed yet' });
    expect(res.json).toMatchObject({ version: 1, slug: 'test-document-2' });
  });

  it('refuses non-owners (403) and non-members (404)', async () => {
    expect((await publish(p, p.documentId, { overrideReason: 'x'.repeat(5) }, p.users.REVIEWER.token)).status).toBe(403);
    expect((await publish(p, p.documentId, { overrideReason: 'x'.repeat(5) }, p.users.OUTSIDER.token)).status).toBe(404);
  });

  it('unpublishes a version without deleting it; the latest visible one is served instead', async () => {
    const v3 = (await db.edition.findFirstOrThrow({ where: { slug: 'test-document', version: 3 } })).id;
    const res = await call(editionRoute.PATCH, 'PATCH', `/api/v1/editions/${v3}`, {
      token: p.users.OWNER.token,
      params: { id: v3 },
      body: { hidden: true },
    });
    expect(res.status).toBe(200);
    expect(res.json.hidden).toBe(true);
    expect((await getPublicEdition('test-document'))!.version).toBe(2);
    expect(await getPublicEdition('test-document', 3)).toBeNull();
    expect((await listPublicVersions('test-document')).map((v) => v.version)).toEqual([2, 1]);
    expect((await download(v3, 'md')).status).toBe(404);
    expect((await download(v3, 'md', { token: p.users.TRANSLATOR.token })).status).toBe(200);
    expect(await db.edition.count({ where: { slug: 'test-document' } })).toBe(3);
    const back = await call(editionRoute.PATCH, 'PATCH', `/api/v1/editions/${v3}`, {
      token: p.users.OWNER.token,
      params: { id: v3 },
      body: { hidden: false },
    });
    expect(back.json.hidden).toBe(false);
    expect((await getPublicEdition('test-document'))!.version).toBe(3);
  });

  describe('downloads (reading formats public, no sign-in; XLIFF and TMX as a member)', () => {
    let id: string;
    beforeAll(async () => {
      id = (await db.edition.findFirstOrThrow({ where: { slug: 'test-document', version: 2 } })).id;
    });

    it('EPUB', async () => {
      const r = await download(id, 'epub');
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('application/epub+zip');
      expect(r.headers.get('content-disposition')).toBe(
        `attachment; filename="test-document-v2.epub"; filename*=UTF-8''test-document-v2.epub`,
      );
      const zip = await JSZip.loadAsync(r.bytes);
      expect(Object.keys(zip.files)[0]).toBe('mimetype');
    });

    it('DOCX: a two-column table with language-tagged runs', async () => {
      const r = await download(id, 'docx');
      expect(r.status).toBe(200);
      const xml = await (await JSZip.loadAsync(r.bytes)).file('word/document.xml')!.async('string');
      expect(xml).toContain('<w:tbl>');
      expect(xml).toContain('<w:lang w:val="en-US"/>');
      expect(xml).toContain('<w:lang w:val="ko-KR" w:eastAsia="ko-KR"/>');
      expect(xml).toContain('권정근이 말했다.');
    });

    it('XLIFF 2.0: valid against the OASIS schema, and imports back to the same segments and targets', async () => {
      const r = await download(id, 'xliff', { token: p.users.TRANSLATOR.token });
      expect(r.status).toBe(200);
      const xliff = new TextDecoder().decode(r.bytes);
      if (xmllint) {
        const file = path.join(tmp, 'edition.xlf');
        writeFileSync(file, xliff);
        execFileSync('xmllint', ['--noout', '--schema', 'scripts/schemas/xliff-2.0/xliff_core_2.0.xsd', file], { stdio: 'pipe' });
      }
      const back = await importDocument({ bytes: r.bytes, format: 'xliff' });
      const ed = (await getPublicEdition('test-document', 2))!;
      expect(back.segments.map((s) => s.text)).toEqual(ed.segments.map((s) => docToText(s.source)));
      expect(back.segments.map((s) => s.target?.text)).toEqual(ed.segments.map((s) => docToText(s.target!)));
      expect(back.segments.map((s) => s.content)).toEqual(ed.segments.map((s) => s.source.content[0]!.content));
    });

    it.skipIf(!xmllint)('TMX 1.4b: valid against the DTD', async () => {
      const r = await download(id, 'tmx', { token: p.users.TRANSLATOR.token });
      expect(r.status).toBe(200);
      const file = path.join(tmp, 'edition.tmx');
      writeFileSync(file, r.bytes);
      execFileSync('xmllint', ['--noout', '--dtdvalid', 'scripts/schemas/tmx-1.4/tmx14.dtd', file], { stdio: 'pipe' });
      expect(new TextDecoder().decode(r.bytes)).toContain('<seg>권정근이 말했다.</seg>');
    });

    it('Markdown: Korean only, and bilingual', async () => {
      const ko = new TextDecoder().decode((await download(id, 'md', { variant: 'ko' })).bytes);
      expect(ko).toContain('권정근이 말했다.');
      expect(ko).not.toContain('Second paragraph');
      const both = new TextDecoder().decode((await download(id, 'md')).bytes);
      expect(both).toMatch(/Kwon Jong-gun\\\(권정근\\\) spoke\.\n\n권정근이 말했다\./);
    });

    it('rejects an unknown format with 400', async () => {
      expect((await download(id, 'rtf')).status).toBe(400);
    });
  });
});

describe('XSS payloads in source, target, names and titles', () => {
  let p: SeededProject;
  let id: string;
  beforeAll(async () => {
    p = await seedProject();
    const doc = await createDocument(p.users.OWNER, p.projectId, {
      title: `Evil ${XSS[0]}`,
      content: `Evil ${XSS[0]}\n\n${XSS.join(' ')}`,
      format: 'text',
    });
    await db.term.create({
      data: { projectId: p.projectId, source: `Kim ${XSS[1]}`, target: '김정은', kind: 'NAME', status: 'CONFIRMED' },
    });
    await translateAndApprove(
      p,
      doc.id,
      (i) => (i === 0 ? `악 ${XSS[2]}` : `김정은 ${XSS.join(' ')}`),
      'markup kept on purpose: XSS probe',
    );
    const res = await publish(p, doc.id);
    expect(res.status).toBe(201);
    expect(res.json.slug).toBe('evil-script-alert-1-script');
    id = res.json.id;
  });

  it('renders them as text in the web edition markup', async () => {
    const html = renderEditionArticle((await getPublicEdition('evil-script-alert-1-script'))!, { toggle: true });
    expect(html).not.toMatch(/<script|<img|<svg/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('title="Kim &lt;img src=x onerror=alert(1)&gt;"');
    expect(html).toContain('악 &quot;&gt;&lt;svg onload=alert(1)&gt;');
  });

  it('keeps them escaped in the EPUB and DOCX XML', async () => {
    const epub = await JSZip.loadAsync((await download(id, 'epub')).bytes);
    for (const name of Object.keys(epub.files).filter((n) => /\.(xhtml|opf)$/.test(n))) {
      expect(unsafeMarkup(await epub.file(name)!.async('string')), name).toEqual([]);
    }
    const text = await epub.file('EPUB/text-001.xhtml')!.async('string');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const docx = await JSZip.loadAsync((await download(id, 'docx')).bytes);
    const xml = await docx.file('word/document.xml')!.async('string');
    expect(unsafeMarkup(xml)).toEqual([]);
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
  });
});

describe("the owner's title, subtitle, slug and editor's note", () => {
  let p: SeededProject;
  let documentId: string;
  beforeAll(async () => {
    p = await seedProject();
    const doc = await createDocument(p.users.OWNER, p.projectId, {
      title: 'korean-peninsula-a-to-z.en',
      format: 'text',
      content: 'Korean Peninsula A to Z\n\nKorea, Today and Tomorrow\n\nThe recent series of missile launches.',
    });
    documentId = doc.id;
    await translateAndApprove(p, documentId, (i) => ['한반도 A to Z', '한국, 오늘과 내일', '최근 잇따른 미사일 발사.'][i]!);
  });

  it('offers defaults from the document: its first line as title, a slug from it', async () => {
    const list = await call(editionsRoute.GET, 'GET', `/api/v1/documents/${documentId}/editions`, {
      token: p.users.OWNER.token,
      params: { id: documentId },
    });
    expect(list.json.defaults).toEqual({
      title: { source: 'Korean Peninsula A to Z', target: '한반도 A to Z' },
      subtitle: null,
      slug: 'korean-peninsula-a-to-z',
      editorNote: '',
    });
  });

  it('refuses a slug with capitals, spaces or accents (400) and unknown fields (400)', async () => {
    for (const slug of ['Korea Today', 'korea--today', 'café', '-korea', 'x'.repeat(81)]) {
      const res = await publish(p, documentId, { slug });
      expect(res.status, slug).toBe(400);
      expect(res.json.error.code).toBe('validation_failed');
    }
    expect((await publish(p, documentId, { banner: 'x' })).status).toBe(400);
  });

  it('publishes with them: the snapshot, the row, the web edition; the subtitle segment leaves the body', async () => {
    const res = await publish(p, documentId, {
      title: { source: 'Korean Peninsula A to Z', target: '' },
      subtitle: { source: 'Korea, Today and Tomorrow' },
      slug: 'korea-today-and-tomorrow',
      editorNote: 'Read with the radio broadcast of 2019.',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toMatchObject({
      slug: 'korea-today-and-tomorrow',
      url: '/e/korea-today-and-tomorrow/v/1',
      title: 'Korean Peninsula A to Z · 한반도 A to Z',
      subtitle: 'Korea, Today and Tomorrow · 한국, 오늘과 내일',
      editorNote: 'Read with the radio broadcast of 2019.',
    });
    const ed = (await getPublicEdition('korea-today-and-tomorrow'))!;
    expect(ed.title).toEqual({ source: 'Korean Peninsula A to Z', target: '한반도 A to Z' });
    expect([ed.titleSegment, ed.subtitleSegment]).toEqual([1, 2]);
    const html = renderEditionArticle(ed);
    expect(html).toContain('Read with the radio broadcast of 2019.');
    expect(html).not.toContain('id="p2"');
    expect(html).toContain('id="p3"');
    // The next version starts from these.
    const list = await call(editionsRoute.GET, 'GET', `/api/v1/documents/${documentId}/editions`, {
      token: p.users.OWNER.token,
      params: { id: documentId },
    });
    expect(list.json.defaults).toMatchObject({
      slug: 'korea-today-and-tomorrow',
      editorNote: 'Read with the radio broadcast of 2019.',
      subtitle: { source: 'Korea, Today and Tomorrow' },
    });
  });

  it("answers 409 slug_taken when another document's editions use the slug; the same document may keep it", async () => {
    const other = await createDocument(p.users.OWNER, p.projectId, { title: 'Other', content: 'Other text.', format: 'text' });
    const res = await publish(p, other.id, { slug: 'korea-today-and-tomorrow', overrideReason: 'draft preview' });
    expect(res.status).toBe(409);
    expect(res.json.error).toMatchObject({ code: 'conflict', reason: 'slug_taken', params: { slug: 'korea-today-and-tomorrow' } });
    expect((await publish(p, documentId, { slug: 'korea-today-and-tomorrow' })).json).toMatchObject({
      version: 2,
      slug: 'korea-today-and-tomorrow',
    });
  });

  it('gives XLIFF and TMX to project members only: 401 signed out, 404 to non-members', async () => {
    const id = (await db.edition.findFirstOrThrow({ where: { slug: 'korea-today-and-tomorrow', version: 1 } })).id;
    for (const format of ['xliff', 'tmx']) {
      expect((await download(id, format)).status, format).toBe(401);
      expect((await download(id, format, { token: p.users.OUTSIDER.token })).status, format).toBe(404);
      const member = await download(id, format, { token: p.users.TRANSLATOR.token });
      expect(member.status, format).toBe(200);
      expect(member.headers.get('cache-control')).toBe('private, no-store');
    }
    // The reading formats stay public.
    expect((await download(id, 'md')).status).toBe(200);
    expect((await download(id, 'epub')).status).toBe(200);
  });
});
