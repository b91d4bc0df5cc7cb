// Who may change a segment, decided in one place: the actor's role in the project × the segment's
// current state × the project's settings × what the write does. Every write path asks this rule
// (the editor's save on both of its paths, search and replace, alignment apply, pre-translation,
// approve / reject / reopen, bulk approve), so that none of them can do what another refuses.
//
// The rule answers authorization only. Whether a write makes sense (an empty target cannot be
// confirmed, an approved segment cannot be approved again, a segment saved in between is a
// conflict) is each path's own 400 / 409.
import { SEGMENT_STATES, WRITABLE_STATES, type Role, type SegmentState } from './segment-states';

/** The project settings the rule reads (lib/server/projects/settings.ts holds them all). */
export interface SegmentRuleSettings {
  reviewersMayEdit: boolean;
}

export type SegmentChange =
  /** A person's write of the target (save, replace, alignment): `to` is the state it ends in when it names or changes it. */
  | { action: 'edit'; textChanged: boolean; to?: SegmentState }
  /** A machine draft written by pre-translation (EMPTY or machine DRAFT only; a person's work always wins). */
  | { action: 'pretranslate' }
  /** Review decisions. */
  | { action: 'approve' | 'reject' | 'reopen' };

export type SegmentVerdict = { ok: true } | { ok: false; reason: string };

/** The states a machine draft (pre-translation) may overwrite; isPretranslatable narrows further by origin and scope. */
export const MACHINE_WRITABLE_STATES: readonly SegmentState[] = ['EMPTY', 'DRAFT'];

const OK: SegmentVerdict = { ok: true };
const no = (reason: string): SegmentVerdict => ({ ok: false, reason });

export const APPROVED_READ_ONLY = 'This segment is approved and read-only for translators until a reviewer or owner reopens it.';
export const REVIEWERS_DO_NOT_EDIT =
  'In this project reviewers do not edit translations; annotate the segment or reject it with a reason instead.';

export function canEditSegment(role: Role, state: SegmentState, settings: SegmentRuleSettings, change: SegmentChange): SegmentVerdict {
  switch (change.action) {
    case 'edit': {
      if (state === 'APPROVED' && role === 'TRANSLATOR') return no(APPROVED_READ_ONLY);
      if (change.textChanged && role === 'REVIEWER' && !settings.reviewersMayEdit) return no(REVIEWERS_DO_NOT_EDIT);
      // Approving and rejecting are decisions of their own; a plain write sets only the states the role may set.
      if (change.to !== undefined && !WRITABLE_STATES[role].includes(change.to)) {
        return no(`Your role (${role.toLowerCase()}) may not set a segment to ${change.to}.`);
      }
      return OK;
    }
    case 'pretranslate':
      if (role === 'REVIEWER') return no('Reviewers do not pre-translate; a translator or the owner does.');
      if (!MACHINE_WRITABLE_STATES.includes(state))
        return no(`Pre-translation writes only empty segments and machine drafts; this one is ${state.toLowerCase()}.`);
      return OK;
    case 'approve':
    case 'reject':
    case 'reopen':
      if (role === 'TRANSLATOR') return no(`Your role (translator) may not ${change.action} segments; a reviewer or the owner does.`);
      return OK;
  }
}

/** True when the rule refuses this change whatever state the segment is in (the request as a whole is then 403). */
export function refusedInEveryState(role: Role, settings: SegmentRuleSettings, change: SegmentChange): SegmentVerdict | null {
  const verdicts = SEGMENT_STATES.map((s) => canEditSegment(role, s, settings, change));
  return verdicts.every((v) => !v.ok) ? verdicts[0]! : null;
}
