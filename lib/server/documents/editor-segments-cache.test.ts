// The editor's segment list through its cache (editorSegmentsResponse): serialised once per version,
// revalidated by ETag, and never stale after a write on either save path.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { updateSegment } from '../segments/update-segment';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { listSegments } from './get-document';
import { editorSegmentsResponse, listEditorSegments } from './list-editor-segments';
import { replaceInDocument } from './replace-in-document';

useTestDatabase();

const read = async (r: Response) =>
  JSON.parse(
    r.headers.get('content-encoding') === 'gzip' ? gunzipSync(Buffer.from(await r.arrayBuffer())).toString('utf8') : await r.text(),
  );

describe('the editor segment list cache', () => {
  it('answers JSON (never its own Content-Encoding: Next.js drops that header) with an ETag, 304 while nothing changed, and the new rows after any write', async () => {
    const p = await seedProject();
    const t = p.users.TRANSLATOR;
    const first = await editorSegmentsResponse(t, p.documentId, new Headers({ 'accept-encoding': 'gzip, br' }));
    expect(first.status).toBe(200);
    expect(first.headers.get('content-encoding')).toBeNull();
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect(await read(first)).toEqual(await listEditorSegments(t, p.documentId));

    const again = await editorSegmentsResponse(p.users.REVIEWER, p.documentId, new Headers({ 'if-none-match': etag }));
    expect(again.status).toBe(304);

    // A plain save (fast path), then a confirmation (Prisma path), then a replace: each changes the ETag and the body.
    const [s] = (await listSegments(p.users.OWNER, p.documentId, { offset: 0, limit: 1 })).segments;
    const saved = await updateSegment(t, s!.id, { target: '새 번역', version: s!.version });
    const afterSave = await editorSegmentsResponse(t, p.documentId, new Headers({ 'if-none-match': etag }));
    expect(afterSave.status).toBe(200);
    expect(afterSave.headers.get('content-encoding')).toBeNull(); // not asked for
    const body = await read(afterSave);
    expect(body.segments[0]).toMatchObject({ id: s!.id, t: '새 번역', v: saved.version, st: 'DRAFT' });
    const confirmed = await updateSegment(t, s!.id, { target: '새 번역', state: 'TRANSLATED', version: saved.version });
    const afterConfirm = await read(
      await editorSegmentsResponse(t, p.documentId, new Headers({ 'if-none-match': afterSave.headers.get('etag')! })),
    );
    expect(afterConfirm.segments[0]).toMatchObject({ v: confirmed.version, st: 'TRANSLATED' });
    await replaceInDocument(p.users.OWNER, p.documentId, {
      find: '번역',
      replace: '옮김',
      regex: false,
      caseSensitive: false,
      dryRun: false,
    });
    expect((await read(await editorSegmentsResponse(t, p.documentId, new Headers()))).segments[0]).toMatchObject({ t: '새 옮김' });
  });

  it('is read only by members: others get 404 even when the list is cached', async () => {
    const p = await seedProject();
    await editorSegmentsResponse(p.users.OWNER, p.documentId, new Headers());
    await expect(editorSegmentsResponse(p.users.OUTSIDER, p.documentId, new Headers())).rejects.toMatchObject({ status: 404 });
  });
});
