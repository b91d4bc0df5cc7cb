// The project's speech-level setting (issue #15) reaches QA through the API: by default the
// document's majority register is expected; an owner can name one; a bad value is a 400.
import { describe, expect, it } from 'vitest';
import * as documentQaRoute from '@/app/api/v1/documents/[id]/qa/route';
import * as settingsRoute from '@/app/api/v1/projects/[id]/settings/route';
import { db } from '../db/client';
import { createDocument } from '../documents/create-document';
import { updateSegment } from '../segments/update-segment';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { call } from '../testing/request';

useTestDatabase();

describe('speech-level setting', () => {
  it('defaults to the document’s majority, follows the owner’s choice, and rejects unknown levels', async () => {
    const p = await seedProject();
    const owner = p.users.OWNER;
    const doc = await createDocument(owner, p.projectId, {
      title: 'Register',
      content: 'The ministry offered rice.\n\nThe North refused it.',
      format: 'text',
    });
    const segs = await db.segment.findMany({ where: { documentId: doc.id }, orderBy: { position: 'asc' } });
    const targets = ['통일부는 쌀 지원을 제안했습니다.', '북한은 이를 거절했습니다.'];
    for (const [i, s] of segs.entries()) await updateSegment(owner, s.id, { target: targets[i]!, state: 'TRANSLATED', version: s.version });
    const speech = async (lang: 'en' | 'ko') => {
      const r = await call(documentQaRoute.GET, 'GET', `/api/v1/documents/${doc.id}/qa`, {
        token: p.users.TRANSLATOR.token,
        params: { id: doc.id },
        query: { lang },
      });
      expect(r.status).toBe(200);
      return (r.json.segments as { issues: { check: string; message: string; targetSpan?: unknown }[] }[]).flatMap((s) =>
        s.issues.filter((i) => i.check === 'speech-level'),
      );
    };
    expect(await speech('en')).toEqual([]);

    const set = await call(settingsRoute.PATCH, 'PATCH', `/api/v1/projects/${p.projectId}/settings`, {
      token: owner.token,
      params: { id: p.projectId },
      body: { qaSpeechLevel: 'haera' },
    });
    expect(set.status).toBe(200);
    expect(set.json.qaSpeechLevel).toBe('haera');
    const ko = await speech('ko');
    expect(ko).toHaveLength(2);
    expect(ko[0]!.message).toBe('“제안했습니다”: 이 문장은 합쇼체(-습니다)로 끝나지만 프로젝트 설정의 말투는 해라체(-다)입니다.');
    expect(ko[0]!.targetSpan).toBeDefined();

    const bad = await call(settingsRoute.PATCH, 'PATCH', `/api/v1/projects/${p.projectId}/settings`, {
      token: owner.token,
      params: { id: p.projectId },
      body: { qaSpeechLevel: 'formal' },
    });
    expect(bad.status).toBe(400);
    const byTranslator = await call(settingsRoute.PATCH, 'PATCH', `/api/v1/projects/${p.projectId}/settings`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.projectId },
      body: { qaSpeechLevel: 'hapsyo' },
    });
    expect(byTranslator.status).toBe(403);
  });
});
