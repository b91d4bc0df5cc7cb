import 'server-only';
// The server side of the one segment rule (lib/workflow/segment-rule.ts): the project settings it
// reads, and the AppError a refusal becomes (403 with the rule's reason).
import { canEditSegment, refusedInEveryState, type SegmentChange, type SegmentRuleSettings } from '../../workflow/segment-rule';
import type { Role, SegmentState } from '../../workflow/segment-states';
import { db } from '../db/client';
import { AppError } from '../errors';
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
  if (!verdict.ok) throw new AppError('forbidden', verdict.reason);
}

/** Throws 403 when the rule refuses this change whatever the segment's state (a bulk write refused as a whole). */
export function assertSegmentChangeAnywhere(role: Role, settings: SegmentRuleSettings, change: SegmentChange): void {
  const verdict = refusedInEveryState(role, settings, change);
  if (verdict && !verdict.ok) throw new AppError('forbidden', verdict.reason);
}
