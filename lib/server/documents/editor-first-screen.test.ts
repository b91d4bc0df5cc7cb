// The editor page's first screen (editorFirstScreen): a short document whole, a long one the rows
// around the segment the editor opens on (the URL's, else the first still to translate), members only.
import { describe, expect, it } from 'vitest';
import { updateSegment } from '../segments/update-segment';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { db } from '../db/client';
import { editorFirstScreen, INLINE_SEGMENTS, listEditorSegments } from './list-editor-segments';

useTestDatabase();

const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1}.`).join('\n\n');

describe('editorFirstScreen', () => {
  it('sends a short document whole, in the compact format of the full list, opening on its first segment to translate', async () => {
    const p = await seedProject();
    const t = p.users.TRANSLATOR;
    const full = await listEditorSegments(t, p.documentId);
    await updateSegment(t, full.segments[0]!.id, { target: '첫 문단.', state: 'TRANSLATED', version: full.segments[0]!.v });
    const screen = await editorFirstScreen(t, p.documentId, null);
    expect(screen.complete).toBe(true);
    expect(screen.total).toBe(3);
    expect(screen.segments.map((s) => s.id)).toEqual(full.segments.map((s) => s.id));
    expect(screen.segments[1]).toEqual(full.segments[1]);
    expect(screen.activeId).toBe(full.segments[1]!.id);
    expect((await editorFirstScreen(t, p.documentId, 3)).activeId).toBe(full.segments[2]!.id);
  });

  it('sends the rows around the segment to open of a long document, the rest being fetched', async () => {
    const n = INLINE_SEGMENTS + 80;
    const p = await seedProject(paragraphs(n));
    const t = p.users.TRANSLATOR;
    const full = (await listEditorSegments(t, p.documentId)).segments;
    expect(full).toHaveLength(n);

    const asked = await editorFirstScreen(t, p.documentId, 150);
    expect(asked).toMatchObject({ complete: false, total: n, activeId: full[149]!.id });
    const positions = asked.segments.map((s) => s.p);
    expect(positions[0]).toBeLessThan(149);
    expect(positions.at(-1)).toBeGreaterThan(160);
    expect(positions).toEqual(positions.map((_, i) => positions[0]! + i)); // contiguous, in order
    expect(asked.segments.find((s) => s.p === 149)).toEqual(full[149]);

    // No segment asked for (or one out of range): the first still to translate, as the editor opens a job.
    await db.segment.updateMany({ where: { documentId: p.documentId, position: { lt: 40 } }, data: { state: 'TRANSLATED' } });
    for (const wanted of [null, 0, n + 1]) {
      const first = await editorFirstScreen(t, p.documentId, wanted);
      expect(first.activeId).toBe(full[40]!.id);
      expect(first.segments.some((s) => s.p === 40)).toBe(true);
    }
  });

  it('is read only by members', async () => {
    const p = await seedProject();
    await expect(editorFirstScreen(p.users.OUTSIDER, p.documentId, null)).rejects.toMatchObject({ status: 404 });
  });
});
