import { describe, expect, it } from 'vitest';
import { SEGMENT_STATES, ROLES } from '../../workflow/segment-states';
import { databaseKind, db } from '../db/client';
import { listSegments } from '../documents/get-document';
import { seedProject } from '../testing/factories';
import { useTestDatabase } from '../testing/db';
import { verdictTable } from './pg-fast-save';
import { parseTarget, planSave } from './save-plan';
import { updateSegment } from './update-segment';

useTestDatabase();

describe('the verdict table of the one-statement PostgreSQL save', () => {
  const requests = [
    { target: '새 번역', version: 1 },
    { target: null, version: 1 },
    { target: '확정', state: 'TRANSLATED' as const, version: 1 },
    { target: '초안', state: 'DRAFT' as const, version: 1 },
    { target: '반려', state: 'REJECTED' as const, version: 1 },
    { target: '승인', state: 'APPROVED' as const, version: 1 },
  ];

  it('lists exactly the cases planSave (the segment rule) accepts as a plain save, whatever the settings', () => {
    for (const input of requests) {
      const target = parseTarget(input);
      const table = verdictTable(input, target);
      for (const role of ROLES) {
        for (const state of SEGMENT_STATES) {
          for (const changed of [false, true]) {
            const key = `${role}:${state}:${changed ? 1 : 0}`;
            const segment = { doNotTranslate: false, state, targetText: changed ? 'old' : target.targetText };
            const outcomes = [true, false].map((reviewersMayEdit) => {
              try {
                return planSave(segment, role, { reviewersMayEdit }, input).state;
              } catch (e) {
                return `refused ${(e as { status: number }).status}`;
              }
            });
            const i = table.keys.indexOf(key);
            if (i >= 0) {
              // Listed: accepted with the same state under both settings, and never a confirmation.
              expect(outcomes, key).toEqual([table.states[i], table.states[i]]);
              expect(['TRANSLATED', 'APPROVED']).not.toContain(table.states[i]);
            } else if (
              outcomes[0] === outcomes[1] &&
              !String(outcomes[0]).startsWith('refused') &&
              !['TRANSLATED', 'APPROVED'].includes(outcomes[0]!)
            ) {
              throw new Error(`${key} saves plainly as ${outcomes[0]} but is not in the table`);
            }
          }
        }
      }
    }
  });

  it('a reviewer text edit depends on the setting: left out, and listed once the settings are known', () => {
    const input = { target: '검토', version: 1 };
    const target = parseTarget(input);
    expect(verdictTable(input, target).keys).not.toContain('REVIEWER:DRAFT:1');
    expect(verdictTable(input, target, { reviewersMayEdit: true }).keys).toContain('REVIEWER:DRAFT:1');
    expect(verdictTable(input, target, { reviewersMayEdit: false }).keys).not.toContain('REVIEWER:DRAFT:1');
  });
});

describe('racing saves', () => {
  it('of one version: exactly one is written, the others get 409, one revision', async () => {
    const p = await seedProject();
    const [a] = (await listSegments(p.users.OWNER, p.documentId, { offset: 0, limit: 1 })).segments;
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => updateSegment(p.users.TRANSLATOR, a!.id, { target: `동시 ${i}`, version: a!.version })),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((r) => r.reason.status)).toEqual(Array(7).fill(409));
    const revisions = await db.segmentRevision.findMany({ where: { segmentId: a!.id, version: a!.version + 1 } });
    expect(revisions).toHaveLength(1);
    const stored = await db.segment.findUniqueOrThrow({ where: { id: a!.id } });
    expect(stored.targetText).toBe((won[0] as PromiseFulfilledResult<{ targetText: string }>).value.targetText);
    expect(revisions[0]!.targetText).toBe(stored.targetText);
    if (databaseKind() === 'postgresql') expect(revisions[0]!.id).toMatch(/^[0-9a-f-]{36}$/); // the one-statement path took it
  });
});
