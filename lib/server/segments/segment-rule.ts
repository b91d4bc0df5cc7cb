import 'server-only';
// The server side of the one segment rule (lib/workflow/segment-rule.ts): the project settings it
// reads, and the AppError a refusal becomes (403 with the rule's reason).
import {
  APPROVED_READ_ONLY,
  canEditSegment,
  refusedInEveryState,
  REVIEWERS_DO_NOT_EDIT,
  type SegmentChange,
  type SegmentRuleSettings,
} from '../../workflow/segment-rule';
import { SEGMENT_STATES, type Role, type SegmentState } from '../../workflow/segment-states';
import { db } from '../db/client';
import { AppError, type ErrorParams } from '../errors';
import { readSettings } from '../projects/settings';

export async function ruleSettings(projectId: string): Promise<SegmentRuleSettings> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { settings: true } });
  return ruleSettingsOf(project?.settings);
}

export function ruleSettingsOf(json: string | null | undefined): SegmentRuleSettings {
  return { reviewersMayEdit: readSettings(json).reviewersMayEdit };
}

/** Throws 403 with the rule's reason when it refuses this change on a segment in this state. */
export function assertSegmentChange(role: Role, state: SegmentState, settings: SegmentRuleSettings, change: SegmentChange): void {
  const verdict = canEditSegment(role, state, settings, change);
  if (!verdict.ok) throw segmentChangeRefused(role, state, change, verdict.reason);
}

/** The 403 a refusal of the rule becomes. */
export function segmentChangeRefused(role: Role, state: SegmentState, change: SegmentChange, reason: string): AppError {
  return new AppError('forbidden', reason).because(...ruleReason(role, state, change, reason));
}

/** Throws 403 when the rule refuses this change whatever the segment's state (a bulk write refused as a whole). */
export function assertSegmentChangeAnywhere(role: Role, settings: SegmentRuleSettings, change: SegmentChange): void {
  const verdict = refusedInEveryState(role, settings, change);
  if (verdict && !verdict.ok)
    throw new AppError('forbidden', verdict.reason).because(...ruleReason(role, SEGMENT_STATES[0]!, change, verdict.reason));
}

/** The stable reason (and parameters) of a refusal by the segment rule, for the client to translate. */
export function ruleReason(role: Role, state: SegmentState, change: SegmentChange, message: string): [string, ErrorParams?] {
  if (message === APPROVED_READ_ONLY) return ['approved_read_only'];
  if (message === REVIEWERS_DO_NOT_EDIT) return ['reviewers_do_not_edit'];
  if (change.action === 'edit') return ['role_may_not_set_state', { role, state: change.to ?? state }];
  if (change.action === 'pretranslate') return role === 'REVIEWER' ? ['reviewers_do_not_pretranslate'] : ['pretranslate_state', { state }];
  return ['translators_do_not_review'];
}
