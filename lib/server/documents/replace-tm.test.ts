// Search and replace changes confirmed and approved text like a save does: the translation memory
// then holds the new wording (lib/server/tm/record-unit.ts), not the one the replace took away, and
// the segment's sentence links follow the new text.
import { describe, expect, it } from 'vitest';
import { segmentSentenceLinks } from '@/lib/align/segment-links';
import { POST as replaceRoute } from '@/app/api/v1/documents/[id]/replace/route';
import { db } from '../db/client';
import { updateSegment } from '../segments/update-segment';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { call } from '../testing/request';
import { listSegments } from './get-document';

useTestDatabase();

describe('replace and the translation memory', () => {
  it('a replace in a confirmed segment replaces its memory unit with the new wording', async () => {
    const p = await seedProject();
    const [a] = (await listSegments(p.users.OWNER, p.documentId, { offset: 0, limit: 10 })).segments;
    await updateSegment(p.users.TRANSLATOR, a!.id, { target: '평양은 제안을 거부했다.', version: a!.version, state: 'TRANSLATED' });
    expect((await db.tmUnit.findFirstOrThrow({ where: { segmentId: a!.id } })).target).toBe('평양은 제안을 거부했다.');

    const res = await call(replaceRoute, 'POST', `/api/v1/documents/${p.documentId}/replace`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.documentId },
      body: { find: '평양', replace: '북한 당국', dryRun: false },
    });
    expect(res.status).toBe(200);
    expect(res.json.applied.map((s: { targetText: string; state: string }) => [s.targetText, s.state])).toEqual([
      ['북한 당국은 제안을 거부했다.', 'TRANSLATED'],
    ]);
    const units = await db.tmUnit.findMany({ where: { segmentId: a!.id } });
    expect(units.map((u) => u.target)).toEqual(['북한 당국은 제안을 거부했다.']);
    // …and the sentence links (offsets into the target) are those of the new text, as after a save.
    const row = await db.segment.findUniqueOrThrow({ where: { id: a!.id } });
    expect(row.sentenceLinks).toBe(segmentSentenceLinks(row.sourceText, '북한 당국은 제안을 거부했다.'));
  });
});
