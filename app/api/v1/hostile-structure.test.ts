// Issue #18 row 10: hostile structure gets a 400 with a clear message, never a 500: a TBX with an
// external entity, an HTML import nested 6,000 deep, a link mark whose attrs nest 5,000 deep.
import { describe, expect, it } from 'vitest';
import { POST as importTermsRoute } from '@/app/api/v1/projects/[id]/terms/import/route';
import { POST as importDocumentRoute } from '@/app/api/v1/projects/[id]/documents/route';
import { PATCH as saveSegment } from '@/app/api/v1/segments/[id]/route';
import { listSegments } from '@/lib/server/documents/get-document';
import { useTestDatabase } from '@/lib/server/testing/db';
import { seedProject } from '@/lib/server/testing/factories';
import { call } from '@/lib/server/testing/request';

useTestDatabase();

function upload(name: string, text: string, type: string) {
  const form = new FormData();
  form.set('file', new Blob([text], { type }), name);
  return form;
}

describe('hostile structure', () => {
  it('refuses a TBX with an external entity (XXE) with a 400 that says why', async () => {
    const p = await seedProject();
    const tbx =
      '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]><martif type="TBX-Basic" xml:lang="en"><text><body>' +
      '<termEntry><langSet xml:lang="en"><tig><term>&x;</term></tig></langSet><langSet xml:lang="ko"><tig><term>용어</term></tig></langSet></termEntry></body></text></martif>';
    const res = await call(importTermsRoute, 'POST', `/api/v1/projects/${p.projectId}/terms/import`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      rawBody: upload('g.tbx', tbx, 'application/xml'),
    });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/DOCTYPE|entit/i);
    expect(JSON.stringify(res.json)).not.toContain('root:');
  });

  it('refuses an HTML import nested 6,000 deep with a 400', async () => {
    const p = await seedProject();
    const html = `<html><body>${'<div>'.repeat(6000)}<p>Deep text.</p>${'</div>'.repeat(6000)}</body></html>`;
    const res = await call(importDocumentRoute, 'POST', `/api/v1/projects/${p.projectId}/documents`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      rawBody: upload('deep.html', html, 'text/html'),
    });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/nested|deep/i);
  });

  it('still imports ordinary nested HTML', async () => {
    const p = await seedProject();
    const html = `<html><body>${'<div>'.repeat(40)}<p>Deep text.</p>${'</div>'.repeat(40)}</body></html>`;
    const res = await call(importDocumentRoute, 'POST', `/api/v1/projects/${p.projectId}/documents`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      rawBody: upload('ok.html', html, 'text/html'),
    });
    expect(res.status).toBe(201);
  });

  it('validates mark attrs: a link has an http(s)/mailto href only; nested attrs are a 400', async () => {
    const p = await seedProject();
    const [s] = (await listSegments(p.users.OWNER, p.documentId, { offset: 0, limit: 1 })).segments;
    const save = (marks: unknown[]) =>
      call(saveSegment, 'PATCH', `/api/v1/segments/${s!.id}`, {
        token: p.users.TRANSLATOR.token,
        params: { id: s!.id },
        body: {
          version: s!.version,
          target: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '링크', marks }] }] },
        },
      });
    // Written as text: JSON.stringify of 5,000 levels overflows the test's own stack.
    const deep = `${'{"x":'.repeat(5000)}{"href":"https://example.org"}${'}'.repeat(5000)}`;
    const nested = await call(saveSegment, 'PATCH', `/api/v1/segments/${s!.id}`, {
      token: p.users.TRANSLATOR.token,
      params: { id: s!.id },
      headers: { 'content-type': 'application/json' },
      rawBody: `{"version":${s!.version},"target":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"링크","marks":[{"type":"link","attrs":${deep}}]}]}]}}`,
    });
    expect(nested.status).toBe(400);
    for (const attrs of [
      { href: 'javascript:alert(1)' },
      { href: 'https://example.org', onclick: 'x' },
      { href: 'https://example.org', extra: { a: 1 } },
    ]) {
      const res = await save([{ type: 'link', attrs }]);
      expect(res.status).toBe(400);
    }
    expect((await save([{ type: 'bold', attrs: { a: { b: 1 } } }])).status).toBe(400);
    // What the editor sends (TipTap's link attributes) is accepted and stored as href only.
    const ok = await save([
      { type: 'bold' },
      {
        type: 'link',
        attrs: { href: 'https://example.org/a', target: null, rel: 'noopener noreferrer nofollow', class: null, title: null },
      },
    ]);
    expect(ok.status).toBe(200);
    expect(JSON.stringify(ok.json.target)).toContain('"attrs":{"href":"https://example.org/a"}');
  });
});
