// The authorization test grown from route × role (policy-table.test.ts) to rule × write path ×
// segment state × project setting × role: every path that changes a segment is run against a
// segment in each state, under each reviewer-edit setting, by each role, and must refuse exactly
// what the route's policy and the one segment rule (lib/workflow/segment-rule.ts) refuse. A
// refusal is a 403, or, for the bulk paths, the segment listed as refused / skipped for the rule's
// reason and left untouched; anything else (written, or a non-authorization 409) is "not refused".
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as alignApplyRoute from '@/app/api/v1/documents/[id]/alignment/apply/route';
import * as bulkApproveRoute from '@/app/api/v1/documents/[id]/approve/route';
import * as pretranslateRoute from '@/app/api/v1/documents/[id]/pretranslate/route';
import * as replaceRoute from '@/app/api/v1/documents/[id]/replace/route';
import * as approveRoute from '@/app/api/v1/segments/[id]/approve/route';
import * as rejectRoute from '@/app/api/v1/segments/[id]/reject/route';
import * as reopenRoute from '@/app/api/v1/segments/[id]/reopen/route';
import * as segmentRoute from '@/app/api/v1/segments/[id]/route';
import { can, type Action } from '@/lib/server/policies';
import { db } from '@/lib/server/db/client';
import { mergeSettings } from '@/lib/server/projects/settings';
import { writeDrafts } from '@/lib/server/pretranslate/write-drafts';
import { useTestDatabase } from '@/lib/server/testing/db';
import { seedProject, type SeededProject } from '@/lib/server/testing/factories';
import { call } from '@/lib/server/testing/request';
import { canEditSegment, type SegmentChange } from '@/lib/workflow/segment-rule';
import { ROLES, SEGMENT_STATES, type Role, type SegmentState } from '@/lib/workflow/segment-states';

useTestDatabase();

type Outcome = 'written' | 'refused' | 'other';
interface Seg {
  id: string;
  position: number;
  version: number;
  state: SegmentState;
}
interface Ctx {
  p: SeededProject;
  seg: Seg;
  token: string;
}

const TEXT = '서울이 여기 있다.';
const doc = (text: string) => JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** How a route answer reads: 403 → refused; 2xx → the segment's version tells whether it was written. */
async function outcomeOf(status: number, seg: Seg, refusedInBody = false): Promise<Outcome> {
  if (status === 403 || refusedInBody) return 'refused';
  const now = await db.segment.findUniqueOrThrow({ where: { id: seg.id } });
  if (now.version > seg.version) return 'written';
  return 'other';
}

interface WritePath {
  /** The route's policy action (checked before the segment rule). */
  policy: Action;
  /** What the path asks the rule, for a segment in this state. */
  change: (state: SegmentState) => SegmentChange;
  run: (c: Ctx) => Promise<Outcome>;
}

const patch = (c: Ctx, body: Record<string, unknown>) =>
  call(segmentRoute.PATCH, 'PATCH', `/api/v1/segments/${c.seg.id}`, {
    token: c.token,
    params: { id: c.seg.id },
    body: { version: c.seg.version, ...body },
  });
const decide =
  (route: typeof approveRoute, verb: string, body: Record<string, unknown> = {}) =>
  async (c: Ctx) => {
    const res = await call(route.POST, 'POST', `/api/v1/segments/${c.seg.id}/${verb}`, { token: c.token, params: { id: c.seg.id }, body });
    return outcomeOf(res.status, c.seg);
  };
const saveChange = (state: SegmentState): SegmentChange => ({
  action: 'edit',
  textChanged: true,
  ...(state === 'EMPTY' ? { to: 'DRAFT' as const } : {}),
});

const PATHS: Record<string, WritePath> = {
  // The autosave: on SQLite the synchronous path (fast-save.ts) where it applies …
  save: { policy: 'segment.write', change: saveChange, run: async (c) => outcomeOf((await patch(c, { target: '새 글.' })).status, c.seg) },
  // … and the Prisma path (update-segment.ts), forced.
  'save (Prisma path)': {
    policy: 'segment.write',
    change: saveChange,
    run: async (c) => {
      process.env.FAST_SAVE = '0';
      return outcomeOf((await patch(c, { target: '새 글.' })).status, c.seg);
    },
  },
  confirm: {
    policy: 'segment.write',
    change: () => ({ action: 'edit', textChanged: true, to: 'TRANSLATED' }),
    run: async (c) => outcomeOf((await patch(c, { target: '확정한 글.', state: 'TRANSLATED' })).status, c.seg),
  },
  replace: {
    policy: 'segment.write',
    change: () => ({ action: 'edit', textChanged: true }),
    run: async (c) => {
      const res = await call(replaceRoute.POST, 'POST', `/api/v1/documents/${c.p.documentId}/replace`, {
        token: c.token,
        params: { id: c.p.documentId },
        body: { find: '서울', replace: '부산', dryRun: false, segmentIds: [c.seg.id] },
      });
      return outcomeOf(
        res.status,
        c.seg,
        res.status === 200 &&
          res.json.skipped.some((s: { segmentId: string; reason: string }) => s.segmentId === c.seg.id && !s.reason.includes('changed')),
      );
    },
  },
  'alignment apply': {
    policy: 'segment.pretranslate',
    change: () => ({ action: 'edit', textChanged: true, to: 'DRAFT' }),
    run: async (c) => {
      const res = await call(alignApplyRoute.POST, 'POST', `/api/v1/documents/${c.p.documentId}/alignment/apply`, {
        token: c.token,
        params: { id: c.p.documentId },
        body: { beads: [{ source: [c.seg.position], text: '정렬한 글.' }], overwriteHumanWork: true },
      });
      return outcomeOf(
        res.status,
        c.seg,
        res.status === 200 && res.json.refused.some((r: { segmentId: string }) => r.segmentId === c.seg.id),
      );
    },
  },
  'pre-translation': {
    policy: 'segment.pretranslate',
    change: () => ({ action: 'pretranslate' }),
    run: async (c) => {
      // The role gate is the route (a dry run starts no job); the job's write is writeDrafts.
      const gate = await call(pretranslateRoute.POST, 'POST', `/api/v1/documents/${c.p.documentId}/pretranslate`, {
        token: c.token,
        params: { id: c.p.documentId },
        body: { dryRun: true, scope: 'machine' },
      });
      if (gate.status === 403) return 'refused';
      expect(gate.status).toBe(200);
      const written = await db.$transaction((tx) =>
        writeDrafts(
          tx,
          'MT',
          [{ segmentId: c.seg.id, version: c.seg.version, target: doc('[MT] 글'), targetText: '[MT] 글', matchScore: null, reason: null }],
          { scope: 'machine', userId: null },
        ),
      );
      return written.length ? 'written' : 'refused';
    },
  },
  approve: {
    policy: 'segment.review',
    change: () => ({ action: 'approve' }),
    run: decide(approveRoute, 'approve', { qaOverrideReason: 'table test' }),
  },
  reject: {
    policy: 'segment.review',
    change: () => ({ action: 'reject' }),
    run: decide(rejectRoute as unknown as typeof approveRoute, 'reject', { reason: 'table test' }),
  },
  reopen: {
    policy: 'segment.review',
    change: () => ({ action: 'reopen' }),
    run: decide(reopenRoute as unknown as typeof approveRoute, 'reopen'),
  },
  'bulk approve': {
    policy: 'segment.review',
    change: () => ({ action: 'approve' }),
    run: async (c) => {
      const res = await call(bulkApproveRoute.POST, 'POST', `/api/v1/documents/${c.p.documentId}/approve`, {
        token: c.token,
        params: { id: c.p.documentId },
        body: { segmentIds: [c.seg.id] },
      });
      return outcomeOf(
        res.status,
        c.seg,
        res.status === 200 && res.json.skipped.some((s: { reasons: { code: string }[] }) => s.reasons.some((r) => r.code === 'forbidden')),
      );
    },
  },
};

const SETTINGS = [{ reviewersMayEdit: true }, { reviewersMayEdit: false }] as const;
const PATH_NAMES = Object.keys(PATHS);
const CASES_PER_SETTING = PATH_NAMES.length * SEGMENT_STATES.length * ROLES.length;

afterEach(() => {
  delete process.env.FAST_SAVE;
});

describe('segment rule × write path × state × setting × role', () => {
  const projects = new Map<boolean, { p: SeededProject; segs: Seg[] }>();

  beforeAll(async () => {
    for (const settings of SETTINGS) {
      // The pre-translation dry run and the QA gate read the source; no digits, so QA finds nothing to object to.
      const p = await seedProject(Array.from({ length: CASES_PER_SETTING }, () => 'Seoul is here.').join('\n\n'));
      await db.project.update({ where: { id: p.projectId }, data: { settings: mergeSettings(null, settings) } });
      const rows = await db.segment.findMany({ where: { documentId: p.documentId }, orderBy: { position: 'asc' } });
      projects.set(settings.reviewersMayEdit, {
        p,
        segs: rows.map((r) => ({ id: r.id, position: r.position, version: r.version, state: r.state })),
      });
    }
  }, 120_000);

  for (const settings of SETTINGS) {
    PATH_NAMES.forEach((name, pathIndex) => {
      it(`${name}, reviewersMayEdit ${settings.reviewersMayEdit}`, async () => {
        const path = PATHS[name]!;
        const { p, segs } = projects.get(settings.reviewersMayEdit)!;
        const got: string[] = [];
        const want: string[] = [];
        for (const [stateIndex, state] of SEGMENT_STATES.entries()) {
          for (const [roleIndex, role] of ROLES.entries()) {
            const base = segs[(pathIndex * SEGMENT_STATES.length + stateIndex) * ROLES.length + roleIndex]!;
            // The segment in the state under test; machine origin, so pre-translation's own origin rule does not interfere.
            const text = state === 'EMPTY' ? '' : TEXT;
            const row = await db.segment.update({
              where: { id: base.id },
              data: { state, target: text ? doc(text) : null, targetText: text, origin: state === 'EMPTY' ? null : 'MT', version: 2 },
            });
            const seg: Seg = { id: row.id, position: row.position, version: row.version, state };
            const allowed = can(role, path.policy) && canEditSegment(role as Role, state, settings, path.change(state)).ok;
            const outcome = await path.run({ p, seg, token: p.users[role].token });
            const label = `${role} on ${state}`;
            want.push(`${label}: ${allowed ? 'not refused' : 'refused'}`);
            got.push(`${label}: ${outcome === 'refused' ? 'refused' : 'not refused'}`);
            if (outcome === 'refused') {
              const after = await db.segment.findUniqueOrThrow({ where: { id: seg.id } });
              expect([after.version, after.state, after.targetText], `${label}: refused but changed`).toEqual([seg.version, state, text]);
            }
          }
        }
        expect(got).toEqual(want);
      }, 60_000);
    });
  }
});
