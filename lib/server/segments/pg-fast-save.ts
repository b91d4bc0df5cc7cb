import 'server-only';
// The segment save on PostgreSQL in one round trip: a single prepared statement (data-modifying
// CTE) loads the segment with the caller's role, updates it on the version the editor started
// from, and inserts the revision. Through Prisma the same save took six round trips (load, role,
// settings, BEGIN, UPDATE, INSERT, COMMIT) and several times the CPU (bench/load, issue #20).
//
// The rules stay in one place. PostgreSQL cannot call the segment rule, so the statement gets its
// verdicts as data: before sending it, `verdictTable` asks planSave (and through it the segment
// rule, lib/workflow/segment-rule.ts) about every role × state × "text changed" the row could be
// in, and lists the cases that save without more ado, with the state each one ends in. The
// statement writes only when the row's case is on that list. Anything else (a refusal, a conflict,
// a confirmation, annotated text, a verdict that depends on the project's settings) writes nothing
// and returns the row as loaded; then the rules run on it exactly as on the other paths: the same
// AppError, or, for a save with more to do, null and update-segment.ts takes the Prisma path.
// fast-save.test.ts compares what both paths store, on both engines.
import { randomUUID } from 'node:crypto';
import type { TUpdateSegmentRequest } from '../api/segments.types';
import type { Actor } from '../auth/authenticate';
import { pgPool } from '../db/client';
import { notFound } from '../errors';
import { authorize } from '../policies';
import type { TSegment } from '../presenters/segment';
import { SEGMENT_STATES, ROLES, type Role, type SegmentState } from '../../workflow/segment-states';
import type { SegmentRuleSettings } from '../../workflow/segment-rule';
import {
  announceSaved,
  conflictError,
  decideSave,
  needsFullSave,
  parseTarget,
  planSave,
  revisionAction,
  type SavePlan,
  type SegmentRow,
} from './save-plan';

type ParsedTarget = Pick<SavePlan, 'doc' | 'targetJson' | 'targetText'>;
import { ruleSettingsOf } from './segment-rule';

const SAVE_SQL = `
WITH cur AS (
  SELECT s.*, m."role"::text AS "__role", p."settings" AS "__settings", s."targetText" <> $5 AS "__changed",
         EXISTS (SELECT 1 FROM "Annotation" a WHERE a."segmentId" = s."id" AND a."side" = 'target') AS "__annotated"
  FROM "Segment" s
  JOIN "Document" d ON d."id" = s."documentId"
  JOIN "Project" p ON p."id" = d."projectId"
  LEFT JOIN "Membership" m ON m."projectId" = d."projectId" AND m."userId" = $2
  WHERE s."id" = $1
), plan AS (
  SELECT cur."id", cur."__changed", k.state, k.action
  FROM cur JOIN unnest($8::text[], $9::text[], $10::text[]) AS k(key, state, action)
    ON k.key = cur."__role" || ':' || cur."state"::text || ':' || CASE WHEN cur."__changed" THEN '1' ELSE '0' END
  WHERE cur."version" = $3 AND NOT cur."doNotTranslate" AND NOT (cur."__changed" AND cur."__annotated")
), upd AS (
  UPDATE "Segment" s SET "target" = $4, "targetText" = $5, "state" = plan.state::"SegmentState", "origin" = 'HUMAN',
    "matchScore" = NULL, "sentenceLinks" = CASE WHEN plan."__changed" THEN NULL ELSE s."sentenceLinks" END,
    "version" = $3 + 1, "updatedById" = $2, "updatedAt" = ($6::timestamptz AT TIME ZONE 'UTC')
  FROM plan WHERE s."id" = plan."id" AND s."version" = $3
  RETURNING s.*
), rev AS (
  INSERT INTO "SegmentRevision" ("id", "segmentId", "version", "target", "targetText", "state", "origin", "action", "reason", "userId", "createdAt")
  SELECT $7, upd."id", upd."version", upd."target", upd."targetText", upd."state", 'HUMAN', plan.action, NULL, $2, ($6::timestamptz AT TIME ZONE 'UTC')
  FROM upd JOIN plan ON plan."id" = upd."id"
)
SELECT (SELECT row_to_json(upd) FROM upd) AS saved, (SELECT row_to_json(cur) FROM cur WHERE NOT EXISTS (SELECT 1 FROM upd)) AS cur`;

/** Bump the name when SAVE_SQL changes: a connection keeps a named statement's first text. */
const STATEMENT = 'wb_segment_save_v1';

export interface Verdicts {
  keys: string[];
  states: SegmentState[];
  actions: string[];
}

/**
 * The cases in which this request saves at once, asked of planSave (the segment rule) for every role
 * and state, with the text changed or not. `settings` given: verdicts for that project; otherwise
 * only those that hold whatever the project's settings are. Confirmed states stay out: their
 * sentence links and TM unit are computed in JS on the Prisma path.
 */
export function verdictTable(input: TUpdateSegmentRequest, target: ParsedTarget, settings?: SegmentRuleSettings): Verdicts {
  const out: Verdicts = { keys: [], states: [], actions: [] };
  const other = `${target.targetText}\u0000`; // any text that differs from the new one
  const variants: SegmentRuleSettings[] = settings ? [settings] : [{ reviewersMayEdit: true }, { reviewersMayEdit: false }];
  for (const role of ROLES) {
    for (const state of SEGMENT_STATES) {
      for (const changed of [false, true]) {
        const plans = variants.map((v) =>
          decideSave({ doNotTranslate: false, state, targetText: changed ? other : target.targetText }, role, v, input, target),
        );
        const first = plans[0]!;
        if (typeof first === 'function' || plans.some((p) => typeof p === 'function' || p.state !== first.state)) continue;
        if (needsFullSave(state, first) || first.state === 'TRANSLATED') continue;
        out.keys.push(`${role}:${state}:${changed ? 1 : 0}`);
        out.states.push(first.state);
        out.actions.push(revisionAction(state, first.state));
      }
    }
  }
  return out;
}

type JsonRow = Omit<SegmentRow, 'createdAt' | 'updatedAt'> & {
  createdAt: string;
  updatedAt: string;
  __role?: Role | null;
  __settings?: string | null;
  __changed?: boolean;
  __annotated?: boolean;
};

/** row_to_json writes timestamp(3) as ISO text without a zone; the columns hold UTC. */
function toSegment(raw: JsonRow): SegmentRow {
  const { __role: _r, __settings: _s, __changed: _c, __annotated: _a, ...row } = raw;
  return { ...row, createdAt: new Date(`${row.createdAt}Z`), updatedAt: new Date(`${row.updatedAt}Z`) } as SegmentRow;
}

/** The saved segment, or null when this save needs the Prisma path. Throws the same AppErrors. */
export async function pgFastSave(actor: Actor, segmentId: string, input: TUpdateSegmentRequest): Promise<TSegment | null> {
  if (process.env.FAST_SAVE === '0') return null;
  const pool = pgPool();
  if (!pool) return null;
  const target = parseTarget(input); // the same whatever the row holds; only the verdict depends on it
  const send = async (verdicts: Verdicts) => {
    const now = new Date().toISOString();
    const values = [
      segmentId,
      actor.id,
      input.version,
      target.targetJson,
      target.targetText,
      now,
      randomUUID(),
      verdicts.keys,
      verdicts.states,
      verdicts.actions,
    ];
    const { rows } = await pool.query<{ saved: JsonRow | null; cur: JsonRow | null }>({ name: STATEMENT, text: SAVE_SQL, values });
    return rows[0]!;
  };
  const first = await send(verdictTable(input, target));
  const cur = first.cur;
  let saved = first.saved;
  if (!saved) {
    // Nothing written: the rules decide why, on the row as it was loaded.
    if (!cur || !cur.__role) throw notFound('Segment'); // as requireSegment: outside the caller's projects
    const role = cur.__role;
    authorize(role, 'segment.write', 'Segment');
    const segment = toSegment(cur);
    const settings = ruleSettingsOf(cur.__settings);
    const plan = planSave(segment, role, settings, input);
    if (segment.version !== input.version) throw conflictError(input.version, segment);
    if (needsFullSave(segment.state, plan) || plan.state === 'TRANSLATED' || (plan.textChanged && cur.__annotated)) return null;
    // A verdict that depended on the project's settings (a reviewer's edit): again, with them.
    ({ saved } = await send(verdictTable(input, target, settings)));
    if (!saved) return null; // saved by someone in between: the Prisma path answers 409 with the current row
  }
  return announceSaved(actor, toSegment(saved));
}
