import { describe, expect, it } from 'vitest';
import * as approveRoute from '@/app/api/v1/segments/[id]/approve/route';
import * as segmentRoute from '@/app/api/v1/segments/[id]/route';
import { db } from '../db/client';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { call } from '../testing/request';

useTestDatabase();

describe('QA errors block confirming and approving unless overridden', () => {
  it('keeps the text but not the confirmation, then records the override reason', async () => {
    const p = await seedProject('The exercise ends on August 20th.\n\nSecond.');
    const seg = await db.segment.findFirstOrThrow({ where: { documentId: p.documentId, position: 0 } });
    const t = p.users.TRANSLATOR;
    // The date is wrong: 8월 2일 for August 20th.
    const blocked = await call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${seg.id}`, {
      token: t.token,
      params: { id: seg.id },
      body: { target: '훈련은 8월 2일에 끝난다.', state: 'TRANSLATED', version: seg.version },
    });
    expect(blocked.status).toBe(200);
    expect(blocked.json.state).toBe('DRAFT');
    expect(blocked.json.targetText).toBe('훈련은 8월 2일에 끝난다.');
    expect(blocked.json.qaBlocked.issues[0]).toMatchObject({ check: 'numbers', severity: 'error' });

    const overridden = await call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${seg.id}`, {
      token: t.token,
      params: { id: seg.id },
      body: {
        target: '훈련은 8월 2일에 끝난다.',
        state: 'TRANSLATED',
        version: blocked.json.version,
        qaOverrideReason: 'the source is wrong; checked with the editor',
      },
    });
    expect(overridden.json.state).toBe('TRANSLATED');
    expect(overridden.json.qaBlocked).toBeUndefined();
    const rev = await db.segmentRevision.findFirstOrThrow({ where: { segmentId: seg.id, version: overridden.json.version } });
    expect(JSON.parse(rev.reason!)).toMatchObject({
      qaOverride: 'the source is wrong; checked with the editor',
      issues: [expect.objectContaining({ check: 'numbers' })],
    });

    const refused = await call(approveRoute.POST, 'POST', `/api/v1/segments/${seg.id}/approve`, {
      token: p.users.REVIEWER.token,
      params: { id: seg.id },
      body: {},
    });
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('qa_blocked');
    expect((await db.segment.findUniqueOrThrow({ where: { id: seg.id } })).state).toBe('TRANSLATED');
    const approved = await call(approveRoute.POST, 'POST', `/api/v1/segments/${seg.id}/approve`, {
      token: p.users.REVIEWER.token,
      params: { id: seg.id },
      body: { qaOverrideReason: 'accepted as is' },
    });
    expect(approved.status).toBe(200);
    expect(approved.json.state).toBe('APPROVED');
  });

  it('lets a clean translation through', async () => {
    const p = await seedProject('The exercise ends on August 20th.');
    const seg = await db.segment.findFirstOrThrow({ where: { documentId: p.documentId } });
    const ok = await call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${seg.id}`, {
      token: p.users.TRANSLATOR.token,
      params: { id: seg.id },
      body: { target: '훈련은 8월 20일에 끝난다.', state: 'TRANSLATED', version: seg.version },
    });
    expect(ok.json.state).toBe('TRANSLATED');
    expect(ok.json.qaBlocked).toBeUndefined();
  });
});
