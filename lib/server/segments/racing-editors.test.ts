// Racing editors: 50 clients × 100 saves on 5 overlapping segments, through the API handler.
// Every 2xx save must be in the revision history, every loser must get 409, and each segment's
// final text must equal its last accepted save. Runs on SQLite and on PostgreSQL.
import { describe, expect, it } from 'vitest';
import * as segmentRoute from '@/app/api/v1/segments/[id]/route';
import { createApiToken } from '../auth/api-tokens';
import { db } from '../db/client';
import { addMember } from '../projects/manage-members';
import { useTestDatabase } from '../testing/db';
import { seedProject, seedUser } from '../testing/factories';
import { call } from '../testing/request';

useTestDatabase();

const CLIENTS = Number(process.env.RACE_CLIENTS ?? 50);
const SAVES = Number(process.env.RACE_SAVES ?? 100);

describe('racing editors', () => {
  it(`${CLIENTS} clients × ${SAVES} saves: no lost or silent overwrite`, async () => {
    const p = await seedProject(Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1}.`).join('\n\n'));
    const segments = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
    const tokens: string[] = [];
    for (let c = 0; c < 10; c++) {
      const u = await seedUser(`racer${c}`);
      await addMember(p.users.OWNER, p.projectId, { email: u.email, role: 'TRANSLATOR' });
      tokens.push((await createApiToken(u, 'race')).token);
    }
    const accepted: { segmentId: string; version: number; text: string }[] = [];
    let conflicts = 0;
    const others: number[] = [];

    async function client(c: number) {
      const known = new Map(segments.map((s) => [s.id, s.version]));
      for (let i = 0; i < SAVES; i++) {
        const seg = segments[(c * 7 + i * 3) % segments.length]!;
        const text = `client ${c} save ${i}`;
        const res = await call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${seg.id}`, {
          token: tokens[c % tokens.length],
          params: { id: seg.id },
          body: { target: text, version: known.get(seg.id) },
        });
        if (res.status === 200) {
          accepted.push({ segmentId: seg.id, version: res.json.version, text });
          known.set(seg.id, res.json.version);
        } else if (res.status === 409) {
          conflicts += 1;
          known.set(seg.id, res.json.error.current.version);
        } else others.push(res.status);
      }
    }
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));

    expect(others).toEqual([]);
    expect(accepted.length + conflicts).toBe(CLIENTS * SAVES);
    expect(accepted.length).toBeGreaterThan(0);
    const revisions = await db.segmentRevision.findMany({ where: { segment: { documentId: p.documentId } } });
    const key = (r: { segmentId: string; version: number; text?: string; targetText?: string }) =>
      `${r.segmentId}#${r.version}#${r.text ?? r.targetText}`;
    expect(new Set(revisions.map(key))).toEqual(new Set(accepted.map(key)));
    for (const s of segments) {
      const mine = accepted.filter((a) => a.segmentId === s.id).sort((a, b) => a.version - b.version);
      const final = await db.segment.findUniqueOrThrow({ where: { id: s.id } });
      if (mine.length === 0) continue;
      expect(final.targetText).toBe(mine[mine.length - 1]!.text);
      expect(final.version).toBe(mine[mine.length - 1]!.version);
      // Versions of accepted saves are consecutive: nothing was accepted twice for one version.
      expect(mine.map((m) => m.version)).toEqual(mine.map((_, i) => s.version + 1 + i));
    }
  }, 300_000);
});
