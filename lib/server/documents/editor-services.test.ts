// Service tests for the editor's server side: revisions, terms, replace, presence, live events.
import { describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { documentChannel, subscribe, type BusEvent } from '../events/bus';
import { updatePresence } from '../presence/presence';
import { listRevisions } from '../segments/list-revisions';
import { updateSegment } from '../segments/update-segment';
import { listDocumentTerms } from '../terms/list-document-terms';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { documentEvents } from './document-events';
import { expandSegment } from '../../editor/compact-segment';
import { listSegments } from './get-document';
import { listEditorSegments } from './list-editor-segments';
import { replaceInDocument } from './replace-in-document';

useTestDatabase();

async function firstSegments(p: Awaited<ReturnType<typeof seedProject>>) {
  return (await listSegments(p.users.OWNER, p.documentId, { offset: 0, limit: 10 })).segments;
}

describe('editor services', () => {
  it('publishes segment.updated after an accepted save, and lists revisions newest first', async () => {
    const p = await seedProject();
    const [s] = await firstSegments(p);
    const got: BusEvent[] = [];
    const off = subscribe(documentChannel(p.documentId), (e) => got.push(e));
    const v2 = await updateSegment(p.users.TRANSLATOR, s!.id, { target: '첫째', version: s!.version });
    await updateSegment(p.users.TRANSLATOR, s!.id, { target: '첫째 문단', state: 'TRANSLATED', version: v2.version });
    await updateSegment(p.users.TRANSLATOR, s!.id, { target: 'stale', version: s!.version }).catch(() => null);
    off();
    expect(got.map((e) => [e.type, (e.segment as { targetText: string }).targetText])).toEqual([
      ['segment.updated', '첫째'],
      ['segment.updated', '첫째 문단'],
    ]);
    const { revisions } = await listRevisions(p.users.REVIEWER, s!.id);
    expect(revisions.map((r) => [r.version, r.action, r.targetText, r.user?.name])).toEqual([
      [3, 'confirm', '첫째 문단', 'translator'],
      [2, 'save', '첫째', 'translator'],
    ]);
    await expect(listRevisions(p.users.OUTSIDER, s!.id)).rejects.toMatchObject({ status: 404 });
  });

  it("returns the project's terms with PROPOSED ones flagged", async () => {
    const p = await seedProject();
    await db.term.createMany({
      data: [
        { projectId: p.projectId, source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' },
        { projectId: p.projectId, source: 'ceasefire', target: '휴전', status: 'PROPOSED' },
      ],
    });
    const { terms } = await listDocumentTerms(p.users.TRANSLATOR, p.documentId);
    expect(terms.map((t) => [t.source, t.status])).toEqual([
      ['Kwon Jong-gun', 'CONFIRMED'],
      ['ceasefire', 'PROPOSED'],
    ]);
  });

  it('previews a replacement, then applies it with version checks, one revision per segment', async () => {
    const p = await seedProject();
    const [a, b, c] = await firstSegments(p);
    const t = p.users.TRANSLATOR;
    const a2 = await updateSegment(t, a!.id, { target: '북한은 북한이다', version: a!.version });
    const b2 = await updateSegment(t, b!.id, { target: '북한의 입장', version: b!.version });
    await updateSegment(t, c!.id, { target: '남한', version: c!.version });

    const preview = await replaceInDocument(t, p.documentId, {
      find: '북한',
      replace: '조선',
      regex: false,
      caseSensitive: false,
      dryRun: true,
    });
    expect(preview.matches.map((m) => [m.after, m.count])).toEqual([
      ['조선은 조선이다', 2],
      ['조선의 입장', 1],
    ]);
    expect((await db.segment.findUniqueOrThrow({ where: { id: a!.id } })).targetText).toBe('북한은 북한이다');

    // Someone saves b after the preview: b is skipped, a is replaced.
    await updateSegment(p.users.REVIEWER, b!.id, { target: '북한의 새 입장', version: b2.version });
    const versions = Object.fromEntries(preview.matches.map((m) => [m.segmentId, m.version]));
    const applied = await replaceInDocument(t, p.documentId, {
      find: '북한',
      replace: '조선',
      regex: false,
      caseSensitive: false,
      dryRun: false,
      versions,
    });
    expect(applied.applied.map((s) => [s.id, s.targetText, s.version])).toEqual([[a!.id, '조선은 조선이다', a2.version + 1]]);
    expect(applied.skipped).toEqual([{ segmentId: b!.id, reason: expect.stringContaining('changed since the preview') }]);
    const rev = await db.segmentRevision.findFirstOrThrow({ where: { segmentId: a!.id }, orderBy: { version: 'desc' } });
    expect([rev.action, rev.targetText]).toEqual(['replace', '조선은 조선이다']);

    await expect(
      replaceInDocument(t, p.documentId, { find: '(', replace: '', regex: true, caseSensitive: false, dryRun: true }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('streams presence and segment updates as server-sent events', async () => {
    const p = await seedProject();
    const [s] = await firstSegments(p);
    const ac = new AbortController();
    const res = await documentEvents(p.users.OWNER, p.documentId, { signal: ac.signal, clientId: 'tab-1' });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) text += decoder.decode((await reader.read()).value);
    };
    await readUntil('event: presence');
    await updatePresence(p.users.TRANSLATOR, p.documentId, { segmentId: s!.id, clientId: 'tab-2' });
    await readUntil('"clientId":"tab-2"');
    await updateSegment(p.users.TRANSLATOR, s!.id, { target: '실시간', version: s!.version });
    await readUntil('event: segment.updated');
    expect(text).toContain('실시간');
    ac.abort();
    await reader.cancel().catch(() => {});
  });

  it('lists segments in the compact format, which expands to the full one', async () => {
    const p = await seedProject();
    const [a] = await firstSegments(p);
    const rich = {
      type: 'doc' as const,
      content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: '굵게', marks: [{ type: 'bold' as const }] }] }],
    };
    await updateSegment(p.users.TRANSLATOR, a!.id, { target: rich, version: a!.version });
    const full = (await listSegments(p.users.TRANSLATOR, p.documentId, { offset: 0, limit: 100 })).segments;
    const compact = await listEditorSegments(p.users.TRANSLATOR, p.documentId);
    expect(compact.segments[0]!.td).toEqual(rich);
    expect(compact.segments[1]!.td).toBeUndefined();
    const pick = (s: Record<string, unknown>) => ({
      id: s.id,
      position: s.position,
      source: s.source,
      sourceText: s.sourceText,
      target: s.target,
      targetText: s.targetText,
      state: s.state,
      origin: s.origin,
      version: s.version,
    });
    expect(compact.segments.map((c) => pick(expandSegment(c) as unknown as Record<string, unknown>))).toEqual(
      full.map((s) => pick(s as unknown as Record<string, unknown>)),
    );
    await expect(listEditorSegments(p.users.OUTSIDER, p.documentId)).rejects.toMatchObject({ status: 404 });
  });
});
