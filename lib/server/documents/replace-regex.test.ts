// Issue #18 row 4: a user's regular expression cannot freeze the server, and what RE2 cannot
// express is a clear 400 (through the route, as the attacker sent it).
import { describe, expect, it } from 'vitest';
import { POST as replaceRoute } from '@/app/api/v1/documents/[id]/replace/route';
import { updateSegment } from '../segments/update-segment';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { call } from '../testing/request';
import { listSegments } from './get-document';

useTestDatabase();

describe('replace with a user regex', () => {
  it('previews (a+)+$ over 48 × "a" + "!" and keeps $1 replacements working', async () => {
    const p = await seedProject();
    const [a, b] = (await listSegments(p.users.OWNER, p.documentId, { offset: 0, limit: 10 })).segments;
    // 48 letters: a backtracking engine (7.9 s at 28, doubling per letter) would outlast the test timeout.
    await updateSegment(p.users.TRANSLATOR, a!.id, { target: `${'a'.repeat(48)}!`, version: a!.version });
    await updateSegment(p.users.TRANSLATOR, b!.id, { target: '약 300명과 20명', version: b!.version });
    const path = `/api/v1/documents/${p.documentId}/replace`;
    const opts = { token: p.users.TRANSLATOR.token, params: { id: p.documentId } };

    const slow = await call(replaceRoute, 'POST', path, { ...opts, body: { find: '(a+)+$', replace: 'x', regex: true, dryRun: true } });
    expect(slow.status).toBe(200);
    expect(slow.json.matches).toEqual([]);

    const groups = await call(replaceRoute, 'POST', path, {
      ...opts,
      body: { find: '(\\d+)명', replace: '$1 명', regex: true, dryRun: false },
    });
    expect(groups.status).toBe(200);
    expect(groups.json.applied.map((s: { targetText: string }) => s.targetText)).toEqual(['약 300 명과 20 명']);
  });

  it('answers 400 with the reason for backreferences and lookaround', async () => {
    const p = await seedProject();
    const opts = { token: p.users.TRANSLATOR.token, params: { id: p.documentId } };
    for (const [find, reason] of [
      ['(a)\\1', /Backreferences/],
      ['a(?=b)', /Lookahead/],
      ['(?<=a)b', /Lookbehind/],
      ['(', /Not a valid regular expression/],
    ] as const) {
      const res = await call(replaceRoute, 'POST', `/api/v1/documents/${p.documentId}/replace`, {
        ...opts,
        body: { find, replace: '', regex: true, dryRun: true },
      });
      expect(res.status).toBe(400);
      expect(res.json.error.message).toMatch(reason);
    }
  });
});
